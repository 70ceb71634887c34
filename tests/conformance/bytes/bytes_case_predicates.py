for b in [b"abc", b"ABC", b"Abc Def", b"123", b"a1", b"", b" \t\n", b"\xff", b"hello world"]:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.upper(), b.title())
print(b"\xe9".upper(), b"\xc9".lower(), bytearray(b"MiXeD").swapcase())
