import sys
class Replacement:
    NAME = "replacement"
sys.modules[__name__] = Replacement()
