f = lambda x: x / 0
r = f(1)
