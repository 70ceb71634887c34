def f(x):
    return x + None

def g():
    d = {'a': 1}
    return f(d['a']) * 2

g()
