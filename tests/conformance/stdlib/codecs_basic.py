import codecs

for name in ["utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "US-ASCII", "utf-16", "utf_16_le",
             "UTF-16BE", "utf-32", "utf-32-be", "unicode_escape", "raw-unicode-escape", "hex", "rot13"]:
    print(name, codecs.lookup(name).name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)

text = "Grüße, 世界! \U0001F600 \\ \n\t'\""
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "unicode_escape",
            "raw_unicode_escape"]:
    data = codecs.encode(text, enc)
    print(enc, data)
    assert codecs.decode(data, enc) == text, enc
print(codecs.encode("café", "latin-1"), codecs.decode(b"caf\xe9", "latin-1"))
print(codecs.encode("café", "ascii", "replace"), codecs.encode("café ∑", "ascii", "xmlcharrefreplace"),
      codecs.encode("café", "ascii", "backslashreplace"), codecs.encode("café", "ascii", "ignore"))
print(codecs.decode(b"a\xffb\xfe", "utf-8", "replace"), codecs.decode(b"a\xffb", "utf-8", "backslashreplace"),
      codecs.decode(b"a\xffb", "ascii", "ignore"))
for bad in [lambda: codecs.encode("café", "ascii"), lambda: codecs.encode("aéé!", "latin-1") and codecs.encode("a€€b", "latin-1"),
            lambda: codecs.decode(b"a\xffb", "utf-8"), lambda: codecs.decode(b"\\x4", "unicode_escape"),
            lambda: codecs.decode(b"abc\\", "unicode_escape"), lambda: codecs.encode("x", "ascii", "nosuch")]:
    try:
        print(bad())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)

# unicode_escape decoding of the escapes a string literal knows
print(ascii(codecs.decode(b"\\n\\t\\x41\\101\\u00e9\\U0001F600\\\\ \\' \\\" plain \\a\\b\\f\\v\\0", "unicode_escape")))
print(ascii(codecs.decode(b"\\u00e9 \\\\u00e9 caf\xe9", "raw_unicode_escape")))
print(codecs.escape_decode(b"\\x41\\n\\\\z"), codecs.escape_encode(b"a'\n\x00\xff"))

# custom error handlers
def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return "<%d-%d>" % (exc.start, exc.end), exc.end
    return "[%s]" % exc.object[exc.start:exc.end].hex(), exc.end
codecs.register_error("test.mark", handler)
print(codecs.lookup_error("test.mark") is handler, codecs.lookup_error("strict") is codecs.strict_errors)
print(codecs.encode("aéé b ü", "ascii", "test.mark"), codecs.encode("a€b", "latin-1", "test.mark"))
print(codecs.decode(b"x\xff\xfey", "utf-8", "test.mark"), codecs.decode(b"\xffok", "ascii", "test.mark"))

# incremental coders
dec = codecs.getincrementaldecoder("utf-8")()
data = "héllo wörld €".encode("utf-8")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-16")()
data = "abc€".encode("utf-16")
print([dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("ab"), enc.encode("c"), enc.encode("", final=True))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac!"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

print(codecs.encode(b"\x01\xff", "hex"), codecs.decode("68656c6c6f", "hex"), codecs.encode(b"hi", "base64"),
      codecs.decode("Uryyb", "rot13"), codecs.encode("Hello", "rot_13"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.getencoder("ascii")("abc"),
      codecs.getdecoder("latin-1")(b"xyz"))

import io
w = codecs.getwriter("utf-8")(io.BytesIO())
w.write("zwölf")
print(w.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("a€\nb\n".encode()))
print(repr(r.read()))

def search(name):
    if name == "myrev":
        return codecs.CodecInfo(lambda s, e="strict": (s[::-1].encode(), len(s)),
                                lambda b, e="strict": (bytes(b)[::-1].decode(), len(b)), name="myrev")
    return None
codecs.register(search)
print(codecs.encode("abc", "myrev"), codecs.decode(b"xyz", "MyRev"), codecs.lookup("myrev").name)
