from collections import abc
checks = [[], (), {}, set(), frozenset(), "s", b"b", range(3), iter([]), (x for x in []), 5, None, len, {}.keys(), {}.items(), {}.values()]
names = ["Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Sized", "Container", "Hashable", "Callable", "Collection", "Reversible", "Generator", "KeysView"]
for obj in checks:
    print(type(obj).__name__, "".join("1" if isinstance(obj, getattr(abc, n)) else "0" for n in names))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), issubclass(It, abc.Sized))
class NoHash(list):
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), issubclass(list, abc.Hashable), issubclass(int, abc.Hashable))
