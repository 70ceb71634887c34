from .. import core

def leaf_name():
    return __name__


def fail():
    return 1 / 0
