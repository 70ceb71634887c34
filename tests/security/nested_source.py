# config: default
# expect: ok
# Deeply nested source compiled at run time: an exception, never a crash.
for src in ["(" * 100000 + ")" * 100000, "[" * 50000 + "]" * 50000, "-" * 100000 + "1",
            "x" + ".y" * 100000, "not " * 100000 + "1", "lambda: " * 10000 + "1",
            "1" + " + 1" * 100000]:
    try:
        eval(src)
    except (SyntaxError, RecursionError, MemoryError, NameError):
        pass
src = ""
for i in range(200):
    src += "    " * i + "if True:\n"
src += "    " * 200 + "pass\n"
try:
    exec(src)
except (SyntaxError, RecursionError, IndentationError):
    pass
print("done")
