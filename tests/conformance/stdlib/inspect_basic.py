import inspect, functools

def f(a, b: int = 1, *args, c, d="x", **kw) -> str:
    """Do a thing.

        Indented detail.
    """
def g(x, y=2, /, z=3, *, w):
    pass
class A:
    """Class doc."""
    def __init__(self, p, q=None):
        pass
    def m(self, r):
        pass
    @classmethod
    def cm(cls, s):
        pass
    @staticmethod
    def sm(t):
        pass
def gen():
    yield 1
async def co():
    pass
async def ag():
    yield 1

for obj in [f, g, A, A(1).m, A.cm, A.sm, lambda *a, **k: 0, functools.partial(f, 1, c=2)]:
    print(inspect.signature(obj))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p))
print(sig.return_annotation, repr(sig))
ba = sig.bind(1, 2, 3, c=4, extra=5)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
for bad in [lambda: sig.bind(), lambda: inspect.signature(g).bind(1, x=1, w=1),
            lambda: inspect.signature(g).bind(1, 2, 3, 4, w=0), lambda: inspect.signature(A).bind(1, 2, zz=3),
            lambda: inspect.signature(5), lambda: inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(inspect.getfullargspec(f))
print(inspect.getdoc(f))
print(inspect.getdoc(A), inspect.cleandoc("  a\n    b\n  c\n"))
print([inspect.isfunction(f), inspect.isfunction(A.m), inspect.ismethod(A(1).m), inspect.isclass(A),
       inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f)])
print([inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co),
       inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(f)])
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print([n for n, v in inspect.getmembers(A, inspect.isfunction)], inspect.getmro(A) == (A, object))
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def x(self): ...
print(inspect.isabstract(Ab), inspect.isabstract(A), inspect.getmodule(f).__name__)
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)])
print(s2, s2 == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)]),
      s2.replace(return_annotation=int))
print(inspect.currentframe() is None or True)
