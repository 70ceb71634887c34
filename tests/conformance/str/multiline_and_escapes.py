s = """line one
    line two\
 continued
line three"""
print(s)
print(len(s), s.count("\n"))
print("\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}", "\a\b\f\v".encode(), "a\
b")
print(r"\n\t\\", len(r"\n"), r"a\"b", "\'\"")
print('''it's "quoted"''', """ends with quote\"""")
print("\0" == "\x00", "\1234", "\8" if False else "", "tab:\t|")
