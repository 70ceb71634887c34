for c in ["a", "Z", "0", " ", "é", "€", "😀", "\x00", "\uffff"]:
    print(repr(c), ord(c), repr(chr(ord(c))))
print(chr(97), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"a"), ord(bytearray(b"z")))
