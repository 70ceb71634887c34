import json
from collections import OrderedDict

data = {'b': [1, 2.5, None, True], 'a': {'x': 'é\n"q"', 'y': []}, 'c': (1, 2), 'd': {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ': ')))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps({'a': 1}, indent=0))
print(json.dumps([float('inf'), float('-inf'), float('nan')]), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20))
for bad in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()),
            lambda: json.dumps(set())]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True), json.dumps(set([3]), default=sorted), json.dumps('\u2603\ud83d\ude00'))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({'z': 1 + 2j}, cls=Enc), Enc(sort_keys=True).encode({'b': 1, 'a': 2}), list(Enc().iterencode([1, {'a': 2}])))
print(json.loads('{"a": 1, "b": [true, false, null], "c": 1.5e3, "d": "\\u00e9\\n"}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('1.1', parse_float=lambda s: 'F' + s), json.loads('NaN', parse_constant=lambda s: s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads(b'[1]'), json.loads('  "x"  '), json.loads('{"a": 1, "a": 2}'), json.loads('-0'), json.loads('1E2'))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '"abc', '{"a": 1,}', 'tru', '[1]x', '{1: 2}', '"\\x"', '01', "'a'", '[', '"\x01"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, e.pos, e.lineno, e.colno)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.decode('{"x": [1]}'), json.loads('"\\ud83d\\ude00"'))
print(issubclass(json.JSONDecodeError, ValueError))
