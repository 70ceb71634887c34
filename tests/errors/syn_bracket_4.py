f(a b
c
