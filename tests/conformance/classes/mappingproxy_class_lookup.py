# A class's __dict__ proxy answers `in`, [] and get() from the live namespace
# (read in place for string keys; other keys take the general path).
class A:
    x = 1
    def f(self): pass
d = A.__dict__
print('x' in d, 'y' in d, d['x'], d.get('x'), d.get('y'), d.get('y', 5), 1 in d, d.get(1, 'no'))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
try:
    d[[]]
except TypeError as e:
    print('TypeError', e)
try:
    [] in d
except TypeError as e:
    print('TypeError', e)
A.y = 2
print('y' in d, d['y'])
del A.x
print('x' in d)
class S(str): pass
print(S('x') in int.__dict__, S('__add__') in int.__dict__, '__add__' in int.__dict__, int.__dict__.get('__add__') is int.__add__ or 'slot')
