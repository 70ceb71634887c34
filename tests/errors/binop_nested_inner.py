a, b, c = 1, 'x', 2
r = a + b + c
