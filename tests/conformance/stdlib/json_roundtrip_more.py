import json

samples = [0, -1, 1.5, 1e-7, 123456789012345678901234567890, 'plain', '', 'ünïcödé ☃ 😀', '\x00\x1f\x7f', 'quote " backslash \\ slash /',
           [], {}, [[[]]], {'a': {'b': {'c': [1, {'d': None}]}}}, [True, False, None], {'': 0, ' ': 1}, 3.141592653589793, -0.0, 1e16, 0.1 + 0.2]
for s in samples:
    enc = json.dumps(s)
    back = json.loads(enc)
    print(enc, back == s, json.dumps(s, ensure_ascii=False) if isinstance(s, str) else '')
print(json.dumps({'nested': [1, [2, [3]]], 'x': {'y': []}}, indent=3, sort_keys=True))
print(json.loads('[1.0, 1E400, -1E400, 1e-400]'), json.loads('"\\/\\b\\f\\n\\r\\t"'), json.loads('{"\\u0041": "\\u00c9"}'))
big = {'k%03d' % i: list(range(i % 5)) for i in range(20)}
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)), json.dumps(big)[:60])
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps('x', ensure_ascii=True), json.dumps(['a', 1], separators=(';', '=')), json.dumps({'a': [1, 2]}, indent=''))
