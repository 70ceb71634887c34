for b in [b"a\xa0b \x85c", b"  a b  c  ", b"", b"   ", b"x\x1cy\tz\nw\x0bv\x0cu\rt", bytearray(b" p q ")]:
    for m in [-1, 0, 1, 2, 5]:
        print(b.split(None, m), b.rsplit(None, m), b.split(maxsplit=m), b.rsplit(sep=None, maxsplit=m))
    print(b.split(), b.rsplit(), b.strip(), b.lstrip(), b.rstrip(), b.splitlines(), b.split(b" "))
