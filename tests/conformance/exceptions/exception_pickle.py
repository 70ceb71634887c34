# Exceptions reduce to (type, args[, attribute dict]): pickle and copy rebuild them.
import copy
import pickle


class WithAttrs(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.notes_here = [text]


print(ValueError('a', 1).__reduce__(), KeyError().__reduce__())
e = WithAttrs(3, 'three')
r = e.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
for proto in range(5):
    b = pickle.loads(pickle.dumps(e, proto))
    print(proto, type(b).__name__, b.args, b.code, b.notes_here)
c = copy.deepcopy(e)
print(c.args, c.notes_here, c.notes_here is e.notes_here)
print(pickle.loads(pickle.dumps(ZeroDivisionError('division by zero'))))
s = ValueError()
s.__setstate__({'x': 1})
s.__setstate__(None)
print(s.x)
try:
    s.__setstate__([1])
except TypeError as t:
    print('TypeError', t)
