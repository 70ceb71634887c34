# The encodings package: normalisation, aliases, search function, modules.
import codecs
import encodings
import encodings.aliases

for name in ["utf-8", "UTF8", "  Latin 1 ", "iso-8859-1", "US-ASCII", "u16", "utf_32_be",
             "hex", "base64", "rot13", "utf-8-sig", "unicode_escape", "raw-unicode-escape"]:
    print(repr(name), codecs.lookup(name).name)
print(encodings.normalize_encoding("  utf--8 "), encodings.normalize_encoding(b"Latin-1"),
      encodings.normalize_encoding("ansi_x3.4-1968"), encodings.normalize_encoding("a\u00e9b"))
print(encodings.aliases.aliases["latin1"], encodings.aliases.aliases["u8"])
print(encodings.search_function("no-such-codec"), "no-such-codec" in encodings._cache)
print(encodings.search_function("utf8").name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.lookup("encodings.utf_8")
except LookupError as e:
    print("LookupError", e)
print(issubclass(encodings.CodecRegistryError, LookupError),
      issubclass(encodings.CodecRegistryError, SystemError))

import encodings.utf_8, encodings.ascii, encodings.latin_1, encodings.utf_8_sig
print(encodings.utf_8.encode("h\u00e9"), encodings.utf_8.decode(b"h\xc3\xa9"))
print(encodings.ascii.getregentry().name, encodings.latin_1.Codec().encode("\u00ff"))
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf-8-sig"))
d = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(d.decode(b"\xef")), repr(d.decode(b"\xbb")), repr(d.decode(b"\xbfab")), repr(d.decode(b"\xef\xbb\xbf", True)))
e = codecs.getincrementalencoder("utf-8-sig")()
print(e.encode("a"), e.encode("b"))
e.reset()
print(e.encode("c"))
try:
    "x".encode("undefined")
except UnicodeError as e:
    print("UnicodeError", e)
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode("uryyb", "rot13"))

# A search function may return a plain 4-tuple.
def search(name):
    if name == "mytuple":
        return (lambda s, e="strict": (s.upper().encode(), len(s)),
                lambda b, e="strict": (bytes(b).decode().lower(), len(b)), None, None)
codecs.register(search)
print("abc".encode("mytuple"), b"ABC".decode("mytuple"))
codecs.unregister(search)

# Errors from a codec come back naming the codec, with the original as cause.
def boom(*args):
    raise RuntimeError("bad")
class Own(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
def own(*args):
    raise Own("kept")
codecs.register(lambda n: codecs.CodecInfo(boom, boom, name="boom") if n == "boom" else
                codecs.CodecInfo(own, own, name="own") if n == "own" else None)
for call in (lambda: codecs.encode("a", "boom"), lambda: b"a".decode("boom"),
             lambda: codecs.decode(b"a", "own"), lambda: "a".encode("own")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
try:
    "a".encode("hex")
except LookupError as e:
    print("LookupError", e)
try:
    b"61".decode("hex")
except LookupError as e:
    print("LookupError", e)
print(str(b"\\u00e9", "unicode_escape"), "\u00e9".encode("raw_unicode_escape"))

# UTF-7: direct characters, shifts, surrogate pairs, errors, partial input.
for text in ["Hi Mom -\u263a-!", "a+b", "\u20ac+a~\\", "\U000104a0x", "\u00e9a", "\u00e9."]:
    data = text.encode("utf-7")
    print(data, data.decode("utf7") == text)
for raw in [b"a+IK,b", b"a+IKx-b", b"a+@b", b"a+IKw\xffb", b"+AGF-", b"a+IK"]:
    try:
        raw.decode("utf-7")
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, repr(raw.decode("utf-7", "replace")))
print(codecs.utf_7_decode(b"a+AGE", "strict", False), codecs.utf_7_decode(b"a+AGE", "strict", True))

# Stream readers: readline with every line end, sizes, and mixed reads.
import io
text = "foo\nbar\r\nbaz\rspam\u2028eggs"
for enc in ("utf-8", "utf-16", "utf-7", "latin-1"):
    for keepends in (True, False):
        for size in (None, 10):
            r = codecs.getreader(enc)(io.BytesIO(text.encode(enc) if enc != "latin-1" else text.replace("\u2028", "").encode(enc)))
            lines = []
            while True:
                line = r.readline(size=size, keepends=keepends)
                if not line:
                    break
                lines.append(line)
            print(enc, keepends, size, lines)
r = codecs.getreader("utf-8")(io.BytesIO(("\u3042" * 300 + "\r\n" + "x" * 50).encode()))
print([len(l) for l in r.readlines()])
r = codecs.getreader("utf-8")(io.BytesIO(b"Humpty\nDumpty\r\nsat"))
print(repr(r.readline()), repr(r.read(1)), repr(r.read(0)), repr(r.read(100)), repr(r.read()))
r = codecs.getreader("utf-8")(io.BytesIO(b"abcdefgh"))
print(repr(r.read(size=40, chars=5)), repr(r.read()))
z = codecs.encode(b"hello hello hello", "zlib")
print(codecs.decode(z, "zip"), codecs.lookup("zlib").name)
r = codecs.getreader("hex")(io.BytesIO(b"6869"))
print(r.read())

# Names reach search functions normalised; charmap; incremental UTF-8 errors.
seen = []
def spy(name):
    seen.append(name)
codecs.register(spy)
for name in ["AAA-8", "AAA---8", "AAA   8", "aaa\u00e9\u20ac-8", "AAA.8", " x y "]:
    try:
        codecs.lookup(name)
    except LookupError:
        pass
print(seen)
codecs.unregister(spy)
print(codecs.charmap_decode(b"\x00\x01", "replace", {0: 0x41, 1: 0xFFFE}))
print(codecs.charmap_decode(b"\x00\x01\x02", "ignore", "ab\ufffe"))
print(codecs.charmap_encode("abc", "replace", codecs.charmap_build("ab?")))
for data in [b"\xc2", b"\xe0\xa0", b"\xe0\x80", b"\xed\xa0", b"\xf0\x90\x80", b"\xf0\x8f", b"\xf4\x90", b"\xc2\x7f"]:
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        print(data, repr(dec.decode(data)))
    except UnicodeDecodeError as e:
        print(data, "UnicodeDecodeError", e.start, e.end, e.reason)
r = codecs.getreader("utf-32")(io.BytesIO("foo\nbar\r\nbaz".encode("utf-32")))
print([r.readline(size=10) for _ in range(4)])
