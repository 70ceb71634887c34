import json
print(json.loads('{"a": [1, 2.5, null, true, false], "b": "s\\u00e9\\n\\ud83d\\ude00"}'))
print(json.loads("  [1, -2, 3e2, 1E-2, -0, 0.5, 12345678901234567890]  "))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("{}"), json.loads("[]"), json.loads("3"), json.loads('"x"'), json.loads(" null "))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b"[1]")))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1.5}', parse_float=str), json.loads("[1]", parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"a\tb"', strict=False), json.loads("[NaN]", parse_constant=lambda c: "C:" + c))
bad = ["", " ", "[", "[1,]", "[1 2]", '{"a" 1}', '{"a": }', "{1: 2}", '{"a": 1,}', '{"a": 1 "b": 2}', '"abc', '"a\\x"',
       '"\\u12"', '"a\nb"', "01", "[1] x", "tru", "-", "1.", ".5", "{", '{"a"', "[1,\n 2,\n ]", "\ufeff[]", "nul", '{"a":1}}', "-Infinit", '"\\']
for b in bad:
    try:
        json.loads(b)
        print("no error", repr(b))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.JSONDecoder().raw_decode('[1] tail'))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
import io
print(json.load(io.StringIO('{"from": "file"}')))
