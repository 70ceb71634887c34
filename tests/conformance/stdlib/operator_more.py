import operator as op

print(op.add(1, 2), op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(3, 2), op.gt(1, 2), op.abs(-3), op.index(7), op.matmul.__name__)
f = op.itemgetter(1, 0)
print(f('ab'), op.itemgetter(slice(1, None))('abcd'), op.itemgetter('k')({'k': 9}), repr(op.itemgetter(1)))


class P:
    def __init__(self):
        self.x = 1
        self.child = self

    def m(self, a, b=2):
        return a + b


p = P()
print(op.attrgetter('x')(p), op.attrgetter('child.child.x', 'x')(p), repr(op.attrgetter('a.b')), op.methodcaller('m', 5, b=10)(p))
print(repr(op.methodcaller('m', 1, b=2)), sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')))
l = [1, 2, 3, 4]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
x = [1]
print(op.iadd(x, [2]), x, op.imul([0], 3), op.iconcat([1], (2,)), op.ipow(2, 3), op.ior({1}, {2}))
print(op.call(max, 1, 5) if hasattr(op, 'call') else 5, op.__lt__(1, 2), op.__add__('a', 'b'))
for bad in [lambda: op.concat(1, 2), lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.methodcaller(), lambda: op.attrgetter(1), lambda: op.indexOf([1], 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
