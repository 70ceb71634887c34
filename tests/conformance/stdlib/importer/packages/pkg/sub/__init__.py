print("init pkg.sub", __name__, __package__)
