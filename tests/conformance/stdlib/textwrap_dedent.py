import textwrap

s = '''\
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("  a\n \n   \t\n  b")))
print(repr(textwrap.dedent("\ta\n\t\tb\n  c")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   ")), repr(textwrap.dedent("\n\n")))
print(repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.dedent("   a\n  \tb")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "- ")))
print(repr(textwrap.indent("x\ny", "#", predicate=lambda l: l.startswith('y'))))
print(textwrap.shorten("Hello  world!  This is   a test", 12))
print(textwrap.shorten("Hello  world!", 20))
print(textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 10))
print(textwrap.shorten("Supercalifragilistic expialidocious", 15))
print(textwrap.shorten("The quick brown fox", 15, placeholder='...'))
print(textwrap.shorten("  lots   of\n\nspace\there  ", 40))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print('ValueError:', e)
print(textwrap.dedent(textwrap.indent("one\ntwo", "    ")))
