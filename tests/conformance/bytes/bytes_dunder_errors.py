# bytes/bytearray subscripts, __rmod__, __bytes__ and += as CPython's.
class I:
    def __index__(self):
        return 1
for obj in (b'python', bytearray(b'python')):
    print(obj[I()], obj[True])
    for key in ('a', 1.5, None):
        try:
            obj[key]
        except TypeError as e:
            print('TypeError', e)
    try:
        obj[2**70]
    except IndexError as e:
        print('IndexError', e)
    print(type(obj).__rmod__(obj, '%r'), type(obj)(b'<%s>').__rmod__(b'x') if False else None)
    try:
        object() % obj
    except TypeError as e:
        print('TypeError', e)
print(b'abc'.__rmod__(b'[%s]'), bytearray(b'abc').__rmod__(bytearray(b'[%s]')), bytearray(b'abc').__rmod__(b'[%s]'))
ba = bytearray(b'python')
for key, val in (('a', 1), (1.0, 1), (2**70, 1)):
    try:
        ba[key] = val
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba[I()] = 65
print(ba)
class SB(bytes): pass
x = SB(b'foo\x00bar')
print(b'foo'.__bytes__(), type(x.__bytes__()).__name__, x.__bytes__())
print(hasattr(bytearray, '__bytes__'))
b = bytearray(b'abc')
b += b'def'
b += bytearray(b'g')
print(b)
for other in ('', 'x', [1], 5, (1,)):
    try:
        b += other
    except TypeError as e:
        print('TypeError', e)
print(b)
