class NoArgs:
    pass
class TooFew:
    __match_args__ = ("a",)
    a = 1
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
def m1():
    match NoArgs():
        case NoArgs(x):
            return x
def m2():
    match TooFew():
        case TooFew(a, b):
            return a
def m3():
    match 5:
        case int(a, b):
            return a
def m4():
    NotAClass = 5
    match 5:
        case NotAClass():
            return 1
class BadArgs:
    __match_args__ = ["a"]
def m5():
    match BadArgs():
        case BadArgs(a):
            return a
class Dup:
    __match_args__ = ("a",)
    a = 1
def m6():
    match Dup():
        case Dup(x, a=y):
            return x
for f in [m1, m2, m3, m4, m5, m6]:
    t(f)
