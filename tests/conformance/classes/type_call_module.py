# type(name, bases, ns) takes __module__ from the caller's globals when the
# namespace has none.
A = type('A', (), {})
print(A.__module__, A.__dict__['__module__'], A.__qualname__)
B = type('B', (), {'__module__': 'elsewhere'})
print(B.__module__)


def build():
    return type('Inner', (object,), {'x': 1})


Inner = build()
print(Inner.__module__, Inner.x, '__module__' in vars(Inner))
g = {'__name__': 'made_up'}
exec("M = type('M', (), {})", g)
print(g['M'].__module__)
