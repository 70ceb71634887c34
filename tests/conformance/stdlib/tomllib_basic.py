import tomllib, io

doc = '''
# A comment
title = "TOML \\"Example\\" \\u00e9\\U0001F600"
literal = 'C:\\Users\\nodejs'
"quoted key" = 1
site."google.com" = true
a.b.c = 3
ints = [0, +17, -5, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [3.14, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
bools = [true, false]
nested = [[1, 2], ["a", 'b'], [{x = 1}, {y = [2]}]]
multi = """
Roses are red\\
    Violets are blue
  "quoted" ""two""\"""
lit_multi = \'\'\'
raw \\n text
\'\'\'
inline = { name = "Tom", pt.x = 1, pt.y = 2 }
odt = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
ldt = 1979-05-27 07:32:00.5
ld = 1979-05-27
lt = 07:32:00.25
trailing = [
  1,  # one
  2,
]

[server]
host = "localhost"
ports = [8001, 8002]

[server.alpha]
ip = "10.0.0.1"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(repr(k), repr(v))
print(tomllib.loads("nan = nan")["nan"] != tomllib.loads("nan = nan")["nan"])
print(tomllib.loads("x = 0.1", parse_float=lambda text: ('F', text)))
print(tomllib.load(io.BytesIO(b"a = 1\r\nb = 'two'\r\n")), tomllib.loads(""))
for bad in ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1 2]", 'x = "unterminated', "x = 1 y = 2",
            "a = {b = 1}\na.c = 2", "[a]\nb = 1\n[a.b]", "x = 1979-13-01", "= 1", "x = 0x", "x = 01",
            "a.b = 1\n[a.b]", "x = \"bad \\q escape\"", "arr = [1]\n[[arr]]", "x = 1__0", "k = 'a\nb'",
            "x = {a = 1,}", "t = 25:00:00"]:
    try:
        print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), "TOMLDecodeError")
for bad in [lambda: tomllib.loads(b"x = 1"), lambda: tomllib.load(io.StringIO("x = 1"))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
