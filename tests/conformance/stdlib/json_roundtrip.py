import json
data = {"name": "pyx", "version": [0, 1], "tags": ["a", "b"], "nested": {"deep": [{"x": 1}, {"y": [None, 2.25]}]}, "unicode": "ü\u1234"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
s2 = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
print(s2)
print(json.loads(s2) == data)
for v in [0, -1, 1.5, 1e-7, 123456789.125, "", [], {}, [[]], {"": ""}, 2**64]:
    print(repr(v), json.dumps(v), json.loads(json.dumps(v)) == v)
