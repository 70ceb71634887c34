# Buffer objects (memoryview, array.array, bytearray) are bytes-like
# arguments for base64, binascii, codecs and hashlib, as in CPython; the
# legacy base64 API (encodebytes/decodebytes) takes only 1-D buffers of
# single bytes.
import array
import base64
import binascii
import codecs
import hashlib

data = b"pyx buffers!"
arr = array.array("B", data)
mv = memoryview(data)
ba = bytearray(data)
ints = memoryview(data).cast("I")
grid = memoryview(data).cast("B", (3, 4))

for name, obj in [("array", arr), ("memoryview", mv), ("bytearray", ba),
                  ("cast I", ints), ("2-D", grid)]:
    print(name)
    print("  b64encode", base64.b64encode(obj))
    print("  b32encode", base64.b32encode(obj))
    print("  b16encode", base64.b16encode(obj))
    print("  a85encode", base64.a85encode(obj))
    print("  b85encode", base64.b85encode(obj))
    print("  urlsafe", base64.urlsafe_b64encode(obj))
    print("  b2a_base64", binascii.b2a_base64(obj))
    print("  hexlify", binascii.hexlify(obj))
    print("  crc32", binascii.crc32(obj))
    print("  sha256", hashlib.sha256(obj).hexdigest())
    h = hashlib.md5()
    h.update(obj)
    print("  md5 update", h.hexdigest())
    print("  utf-8 decode", codecs.utf_8_decode(obj))
    print("  latin-1 decode", codecs.latin_1_decode(obj))
    print("  pbkdf2", hashlib.pbkdf2_hmac("sha1", obj, obj, 2, 8).hex())

enc = base64.b64encode(data)
print(base64.b64decode(array.array("B", enc)))
print(base64.b64decode(memoryview(enc)))
print(base64.b32decode(memoryview(base64.b32encode(data))))
print(base64.b16decode(bytearray(base64.b16encode(data))))
print(binascii.a2b_base64(memoryview(enc)))
print(binascii.unhexlify(array.array("B", b"7079")))

print(base64.encodebytes(array.array("B", data)))
print(base64.encodebytes(memoryview(data)))
print(base64.decodebytes(memoryview(base64.encodebytes(data))))
for bad in ["", [], 3, grid, ints, array.array("i", [1, 2])]:
    for f in (base64.encodebytes, base64.decodebytes):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(bad).__name__, "TypeError:", e)

for bad in ["text", 3, [1, 2], None]:
    for label, f in [("b64encode", base64.b64encode), ("hexlify", binascii.hexlify),
                     ("sha1", hashlib.sha1)]:
        try:
            f(bad)
        except TypeError as e:
            print(label, type(bad).__name__, "TypeError:", e)
    try:
        base64.b64decode(bad)
    except TypeError as e:
        print("b64decode", type(bad).__name__, "TypeError:", e)
    try:
        hashlib.pbkdf2_hmac("sha1", bad, b"salt", 1)
    except TypeError as e:
        print("pbkdf2_hmac", type(bad).__name__, "TypeError:", e)

for f in [lambda: hashlib.new("sha1", None), lambda: hashlib.blake2b(None),
          lambda: hashlib.sha3_256(None), lambda: hashlib.md5(None)]:
    try:
        f()
    except TypeError as e:
        print("None data TypeError:", e)
