s = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("latin-1", "backslashreplace"))
print(b"\xe4\xb8\x96".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"a\x80b".decode("utf-8", "backslashreplace"))
print("é".encode("utf-8"), "é".encode("cp1252"), b"\xe9".decode("cp1252"))
print(bytes("日本", "utf-8").decode("utf-8"), "ab".encode("utf-16"))
