# types.SimpleNamespace shows a namespace met again inside itself as
# namespace(...); types.coroutine wraps what is a Generator but not a
# Coroutine, and passes anything else through.
import collections.abc
import types

ns1 = types.SimpleNamespace(c='cookie')
ns2 = types.SimpleNamespace()
ns3 = types.SimpleNamespace(x=1)
ns1.spam = ns1
ns2.spam = ns3
ns3.spam = ns2
print(repr(ns1))
print(repr(ns2))


class Sub(types.SimpleNamespace):
    pass


s = Sub(a=1)
s.me = s
print(repr(s))


class CoroGenLike:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return self
    def __iter__(self): return self
    def __next__(self): pass


collections.abc.Coroutine.register(CoroGenLike)
collections.abc.Generator.register(CoroGenLike)
coro = CoroGenLike()


@types.coroutine
def passthrough():
    return coro


print(passthrough() is coro)


class GenLike:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __iter__(self): return self
    def __next__(self): pass


collections.abc.Generator.register(GenLike)
gl = GenLike()


@types.coroutine
def wrapped():
    return gl


w = wrapped()
print(w is gl, type(w).__name__, w.__await__() is w)


@types.coroutine
def other():
    return 42


print(other())
