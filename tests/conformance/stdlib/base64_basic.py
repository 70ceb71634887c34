import base64, binascii, io

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    print(data[:8], base64.b64encode(data), base64.b32encode(data), base64.b16encode(data))
    print(base64.b32hexencode(data), base64.a85encode(data), base64.b85encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data

print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b64decode(b"+/8=", b"*!"))
print(base64.standard_b64decode("aGVsbG8="), base64.b64decode("aGVs\nbG8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6===".replace("O", "0"), map01="L"))
print(base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"\0\0\0\0    xyz", foldspaces=True), base64.a85encode(b"hello world", adobe=True, wrapcol=6))
print(base64.a85decode(b"<~BOu!rD]j7BEbo80~>", adobe=True), base64.b85encode(b"ab", pad=True))
print(base64.encodebytes(bytes(range(60))))
print(base64.decodebytes(b"AAEC\n"))
out = io.BytesIO(); base64.encode(io.BytesIO(b"x" * 100), out); print(out.getvalue())
out2 = io.BytesIO(); base64.decode(io.BytesIO(out.getvalue()), out2); print(out2.getvalue() == b"x" * 100)

for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab!c", validate=True),
            lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZ1W6==="),
            lambda: base64.b16decode("zz"), lambda: base64.b64encode("text"),
            lambda: base64.b64decode("é"), lambda: base64.a85decode(b"abc{"),
            lambda: base64.b85decode(b"|NsC0~"), lambda: base64.a85decode(b"xyz", adobe=True)]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
