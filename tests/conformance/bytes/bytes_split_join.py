data = b"key1=val1;key2=val2;;key3="
pairs = [p.partition(b"=") for p in data.split(b";") if p]
print(pairs)
print({k.decode(): v.decode() for k, _, v in pairs})
print(b" a  b ".split(), b" a  b ".split(b" "), b"a\tb\nc".split(), b"".split(), b"x".split(b"x"))
print(b"|".join([b"a", b"b"]), b"".join([bytes([i]) for i in range(65, 70)]), bytearray(b",").join([b"1", b"2"]))
print(b"line1\r\nline2\nline3".splitlines(), b"ab" * 3, b"abc".rsplit(b"b"), b"aXbXc".split(b"X", 1))
