print("init pkg.sub.mod", __name__, __package__)
def f():
    return "f from " + __name__
