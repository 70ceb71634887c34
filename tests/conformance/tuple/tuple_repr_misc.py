print((1,), (), ((),), (("a",),), ([],), (1, (2,)), repr(("x", 'y"')))
print(tuple.__name__, str((None, True)), (1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__add__((3,)))
t = (1, [2, 3])
t[1].append(4)
print(t)
class P(tuple):
    def __repr__(self):
        return "P" + super().__repr__()
p = P([1, 2])
print(p, p + (3,), type(p + (3,)).__name__, p[0], p == (1, 2), type(p[:1]).__name__)
print(tuple(x for x in "abc"), (*"ab", *[1]), (1, 2) * 0, tuple(reversed((1, 2, 3))))
