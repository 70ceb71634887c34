# The native encoder (_pyx_json.encode): every option, subclasses of the
# built-in types, keys, floats, errors and deep nesting.
import json
from collections import OrderedDict

data = {'s': 'é"\\\n\t\x01\x7f😀', 'i': [0, -1, 2**70, True, False, None], 'f': [1.5, -0.0, 1e300, 1e-7, 0.1],
        't': (1, (2, 3)), 'e': [[], {}, ()], 'n': {'a': {'b': {'c': [1]}}}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, {'a': 2}], indent=3, separators=('; ', ' = ')))
print(json.dumps({2: 'int', 1.5: 'float', True: 'bool', None: 'none', 'z': 'str'}))
print(json.dumps({'b': 1, 'a': 2, 'é': 3, 'Z': 4}, sort_keys=True))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1, b'x': 2}, skipkeys=True))
print(json.dumps({(1, 2): 'skipped first', 'ok': 1}, skipkeys=True, indent=1))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({float('nan'): 1, float('inf'): 2}))

class I(int):
    def __repr__(self):
        return 'I!'
class F(float):
    def __repr__(self):
        return 'F!'
class S(str):
    pass
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
print(json.dumps([I(5), F(2.5), S('sub'), L([1, 2]), T((3,)), D(x=1), {I(7): F(1.0)}]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))

class Items(dict):
    def items(self):
        return [('from', 'items()')]
print(json.dumps(Items(a=1)))

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    return 'obj:' + type(o).__name__
print(json.dumps({'set': {3, 1, 2}, 'c': 1j, 'x': object(), 'e': ...}, default=default))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, range):
            return list(o)
        return super().default(o)
print(json.dumps({'r': range(3)}, cls=Enc), Enc(indent=1).encode([range(2)]))

class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(Upper().encode({'a': 'b'}))
print(list(json.JSONEncoder().iterencode([1, 'a', {'k': [2.5]}])))

for make in [lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}), lambda: json.dumps({1: object()}),
             lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps([float('inf')], allow_nan=False, indent=1),
             lambda: json.dumps({float('nan'): 1}, allow_nan=False), lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True),
             lambda: json.dumps(10 ** 5000), lambda: json.dumps(..., default=lambda o: o),
             lambda: json.dumps(object(), default=lambda o: [o])]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d = {}
d['self'] = d
for o in [a, d]:
    try:
        json.dumps(o)
    except ValueError as e:
        print('ValueError', e)
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))

deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print(e)
deepd = {}
for _ in range(100000):
    deepd = {'a': deepd}
try:
    json.dumps(deepd)
except RecursionError as e:
    print(e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print(e)
ok = []
for _ in range(200):
    ok = [ok]
print(len(json.dumps(ok)))
print(json.encoder.encode_basestring_ascii('é"\n😀'), json.encoder.encode_basestring('é"\n😀'))
try:
    json.encoder.encode_basestring_ascii(5)
except TypeError as e:
    print('TypeError', e)
print(len(json.dumps([{'k': i, 'v': str(i) * 3} for i in range(20000)])))
import io
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(buf.getvalue())
