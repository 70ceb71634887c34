tests = [b"\xe2\x82A", b"\xe2\x82", b"\xff", b"a\xf0\x9f\x98", b"\x00\xd8\x00\xdc", b"\x00\xdc", b"\x00\xd8a\x00", b"a", b"\x00\xd8", b"\xff\xfe\x00\x00\x00\x00\x11\x00", b"\x81\x80"]
for b in tests:
    for enc in ["utf-8", "utf-16-le", "utf-16", "utf-32", "utf-32-be", "ascii", "cp1252", "latin-1"]:
        for errors in ["strict", "replace", "backslashreplace", "ignore"]:
            try:
                print(enc, errors, repr(b.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding, e.object)
for s in ["a\xe9\u20ac\U0001f600b", "\u0100\u0101x\u0102"]:
    for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "ascii", "cp1252", "latin-1"]:
        for errors in ["strict", "replace", "backslashreplace", "ignore", "xmlcharrefreplace"]:
            try:
                print(enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, e.reason, e.encoding, e.object)
for bad in [("x", "bogus"), ("utf-8", "bogus")]:
    try:
        "\xe9".encode(*bad)
    except LookupError as e:
        print("LookupError:", e)
