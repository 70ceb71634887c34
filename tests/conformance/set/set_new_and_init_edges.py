# set()/tuple()/frozenset() construction: the receiver checks of a built-in
# type's __new__ (fast path for the common case, full check otherwise) and
# set.__init__ on a fresh or a used set.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class S(set):
    pass

class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, *a)

class F(frozenset):
    pass

show(lambda: sorted(set.__new__(set)))
show(lambda: type(set.__new__(S)).__name__)
show(lambda: set.__new__(list))
show(lambda: set.__new__(1))
show(lambda: set.__new__())
show(lambda: tuple.__new__(T, (1, 2)))
show(lambda: tuple.__new__(tuple, (3, 4)))
show(lambda: tuple.__new__(set))
show(lambda: type(frozenset.__new__(F, [1])).__name__)
show(lambda: frozenset.__new__(set, [1]))
show(lambda: int.__new__(bool, 1))
show(lambda: object.__new__(int))
show(lambda: T((5, 6)))
show(lambda: sorted(S(x * 2 for x in range(4))))

# __init__ again on a used set replaces its items; on a fresh one adds them.
s = set([1, 2, 3])
s.__init__([7])
print(sorted(s))
s.discard(7)
s.__init__()
print(s, len(s))
s = set()
s.__init__(x for x in (4, 4, 5))
print(sorted(s))
s = {1, 2}
s.remove(1)
s.remove(2)
s.__init__("ab")
print(sorted(s))

# Many items, growth of the table.
print(len(set(range(1000))), len(set(i % 7 for i in range(1000))))
