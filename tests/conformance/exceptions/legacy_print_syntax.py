# Python 2 style `print x` / `exec x`: CPython names the missing
# parentheses wherever the name is followed by an expression list that
# parses, and says only "invalid syntax" when what follows does not.
sources = [
    "print foo",
    "x = print foo",
    "if 1: print foo",
    "if 1:\n    exec {1:foo}",
    "print foo, bar",
    "print foo; x",
    "lambda: print foo",
    "print foo if x else y",
    'print "a" % x  # comment',
    "print {1:(foo.)}",
    "exec {1:(foo.)}",
    "if 1: print (foo.)",
]
for source in sources:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print(repr(source), "|", e.msg, "|", e.lineno, e.offset, e.end_offset)
