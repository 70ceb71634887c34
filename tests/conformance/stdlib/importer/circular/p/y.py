from . import x
Y = "y:" + str(hasattr(x, "X"))
