b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytearray(b"\x01\xab").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""))
for bad in ["abc", "zz", "0x12", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(b"\xff".decode("latin-1"), b"abc".decode(), b"\xe2\x82\xac".decode("utf-8"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "backslashreplace"))
try:
    b"\xff\xfe".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
