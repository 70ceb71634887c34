print("init pkg", __name__, __package__)
VALUE = 1
