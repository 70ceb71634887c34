import copy


class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)


root = Node(1, [Node(2), Node(3)])
root.children.append(root)
c = copy.deepcopy(root)
print(c is root, c.children[2] is c, c.children[0].v, c.children[0] is root.children[0])
s = copy.copy(root)
print(s is root, s.children is root.children)


class Custom:
    def __init__(self, x):
        self.x = x

    def __copy__(self):
        return Custom(self.x + 100)

    def __deepcopy__(self, memo):
        return Custom([self.x, 'deep'])


print(copy.copy(Custom(1)).x, copy.deepcopy(Custom(1)).x)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slots())
print(sl.a, sl.b)
x = [1, [2, 3], {'k': (4, [5])}]
y = copy.deepcopy(x)
y[1].append(9)
y[2]['k'][1].append(6)
print(x, y)
t = (1, 2, (3,))
print(copy.deepcopy(t) is t, copy.copy([1]) == [1], copy.deepcopy({1, 2}), copy.deepcopy(frozenset([1])))


class WithState:
    def __init__(self):
        self.data = [1]

    def __getstate__(self):
        return {'data': self.data, 'extra': True}

    def __setstate__(self, st):
        self.__dict__.update(st)


w = copy.deepcopy(WithState())
print(sorted(vars(w).items()))


class Reduce:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduce, (self.a, self.b + 1))


r = copy.copy(Reduce(1, 1))
print(r.a, r.b)
print(copy.deepcopy([len, int, None, Ellipsis, 1.5, 'str'])[:2] == [len, int])
try:
    copy.copy(iter([]).__class__.__new__)
    print('ok')
except Exception as e:
    print(type(e).__name__)
