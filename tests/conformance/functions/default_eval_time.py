calls = []
def make(v):
    calls.append(v)
    return v
def f(a=make(1), b=make(2)):
    return a, b
print(calls)
print(f(), f(), calls)
def g(lst=[]):
    return lst
g().append(1)
g().append(2)
print(g())
class Config:
    def __init__(self, opts={}):
        self.opts = opts
x, y = Config(), Config()
x.opts["k"] = 1
print(y.opts, Config.__init__.__defaults__)
