if True:
    f(x) = 1
