# binascii: base64, hex and checksums.
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64(b"Zm9v\nYmFy"), binascii.a2b_base64("Zm9vYg=="), binascii.a2b_base64(b"Zm9v!!YmFy"))
for bad in [b"Zm9vY", b"Zm9vYg", b"Zg=", b"Z"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
for bad in [b"Zm9v!", b"=Zm9v", b"Zg==Zg=="]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("Error", e)
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"abc", "-"), binascii.unhexlify("00ff"), binascii.a2b_hex(b"6162"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"", 7))
print(issubclass(binascii.Error, ValueError))
