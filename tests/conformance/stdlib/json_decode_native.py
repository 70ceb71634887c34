# The native decoder (_pyx_json): positions in code points on non-ASCII
# text, escapes and surrogate pairs, hooks, memoised keys, deep nesting.
import json
from json.decoder import scanstring

doc = '{"é": ["ü", 1.5e3, -0, 12345678901234567890123, "\\ud83d\\ude00\\u00e9\\t"], "k": {}}'
print(json.loads(doc))
for bad in ['["é", 1,]', '{"ü": 1 "x": 2}', '"é\\q"', '["€€", tru]', '\n\n  ["ä",\n  }',
            '"\\u00e', '"\\u00zz"', '"\\ud800\\uzzzz"', '"ab\x1fc"', '[1] é', 'é', '"\\u0041',
            '[' * 3 + '1' + ']' * 2, '{"a":1 ,}', '{"a"  :', '  ', '[-]', '[1.e5]', '[1e]', '[1E+]']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, e.pos, e.lineno, e.colno)

d = json.JSONDecoder()
print(d.raw_decode('éé"ü" rest', 2))
print(d.raw_decode('[1, 2]'))
try:
    d.raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
try:
    d.raw_decode('[1]', 10)
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
print(scanstring('"abc\\n" x', 1), scanstring('"é\\u00e9"', 1))
try:
    scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)

# Numbers: the JSON grammar, not Python's.
print(json.loads('[0, -0.0, 1E400, -1e-400, 1.25e+2, 10000000000000000000]'))
print(json.loads('[1.0]', parse_float=lambda s: 'F' + s), json.loads('[7]', parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
# Keys with the same text share one object (CPython's memo).
objs = json.loads('[{"key": 1}, {"key": 2}]')
k1, = objs[0]
k2, = objs[1]
print(k1 is k2)
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=tuple))
print(json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: ('H', sorted(d))))

class Counting(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ('sub', obj), end
print(json.loads(' [1] ', cls=Counting))

# An exception raised by a hook passes through unchanged.
def boom(d):
    raise KeyError('hook')
try:
    json.loads('{"a": 1}', object_hook=boom)
except KeyError as e:
    print('KeyError', e)

# Deep nesting ends as RecursionError, as in CPython; modest nesting works.
for s in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print(e)
print(json.loads('[' * 200 + ']' * 200) == eval('[' * 200 + ']' * 200))
print(len(json.loads('[' + ', '.join(['{"x": [1, 2.5, "s"]}'] * 5000) + ']')))
