# config: default
# expect: ok
# No grant: no open(), no way to read a file.
for name in ["open", "input", "exit", "quit", "help", "breakpoint", "copyright", "credits", "license"]:
    try:
        eval(name)
        print("ESCAPED", name)
    except NameError:
        pass
try:
    __builtins__["open"]
    print("ESCAPED builtins open")
except KeyError:
    pass
print("done")
