import operator as op
print(op.add(2, 3), op.sub(5, 7), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(4), op.pos(-4), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2); print(d, op.getitem(d, "b")); op.delitem(d, "a"); print(d)
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
print(op.__add__(1, 2), op.__not__(1), op.__and__(3, 1))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul("a", 3))
print(op.call(max, 3, 9, 4))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
