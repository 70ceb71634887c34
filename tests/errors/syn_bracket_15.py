f(x
y = 3
