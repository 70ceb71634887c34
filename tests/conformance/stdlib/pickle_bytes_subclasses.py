# bytes/bytearray subclasses pickle and copy with their class, contents and
# attributes (bytearray.__reduce_ex__ as CPython's: a latin-1 str below
# protocol 3, bytes from 3); a bytearray subclass's repr names its class.
import pickle, copy
class B(bytes): pass
class BA(bytearray): pass
class BS(bytearray):
    __slots__ = ('x', 'y')
b = B(b'abcd'); b.z = 1
ba = BA(b'ab\xffcd'); ba.z = 2
bs = BS(b'abcd'); bs.x = 5
for proto in range(6):
    for o in (b, ba, bs):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(r).__name__, r, getattr(r, 'z', None), getattr(r, 'x', None))
for o in (b, ba, bs):
    print(copy.copy(o), copy.deepcopy(o))
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(4))
print(bytearray().__reduce_ex__(4), bytearray(b'\xff').__reduce__())
