print(b"a" < b"b", b"a" < b"ab", b"" < b"a", b"\x00" < b"\x01", b"Z" < b"a", bytearray(b"a") == b"a", b"abc" > bytearray(b"abb"))
print(b"abc" == "abc", b"abc" != "abc", {b"k": 1}.get(b"k"), len({b"a", b"a", bytes(b"a")}))
print(sorted([b"banana", b"apple", b"Cherry", b"apple2"]))
try:
    sorted([b"a", "a"])
except TypeError as e:
    print("TypeError:", e)
