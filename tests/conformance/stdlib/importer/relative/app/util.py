NAME = "util"
def helper():
    return "helped"
