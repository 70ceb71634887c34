b = b"abracadabra"
print(b.find(b"bra"), b.find(b"bra", 2), b.rfind(b"bra"), b.find(b"z"), b.index(b"cad"), b.count(b"a"), b.count(b"abra"))
print(b.find(97), b.rfind(97), b.count(98), b"a" in b, 97 in b, b.startswith(b"abra"), b.endswith(b"bra"))
print(b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.replace(b"", b"."))
try:
    b.find(256)
except ValueError as e:
    print("ValueError:", e)
try:
    b.rindex(b"zz")
except ValueError as e:
    print("ValueError:", e)
