s = "café ☃"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("utf-16-le"), "A".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(len(s), len(s.encode()), "\U0001F600".encode("utf-8"), len("\U0001F600".encode("utf-16-le")))
