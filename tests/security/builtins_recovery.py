# config: remove_builtins=eval,exec,compile
# expect: ok
# With eval/exec removed, try to get them back through function and module
# attributes.
def f():
    pass
attempts = [
    lambda: f.__globals__["__builtins__"]["eval"],
    lambda: f.__builtins__["eval"],
    lambda: f.__code__.co_consts,
    lambda: f.__closure__[0].cell_contents,
    lambda: __builtins__["eval"],
    lambda: globals()["__builtins__"]["exec"],
    lambda: type(f)(f.__code__, {}),
    lambda: __import__("builtins").eval,
    lambda: __import__("sys").modules["builtins"].eval,
    lambda: (lambda: 0).__globals__,
    lambda: print.__self__,
    lambda: print.__globals__,
    lambda: len.__module__.eval,
]
for i, a in enumerate(attempts):
    try:
        v = a()
        if callable(v) and getattr(v, "__name__", "") in ("eval", "exec", "compile"):
            print("ESCAPED", i)
    except (AttributeError, KeyError, TypeError, ImportError, IndexError, NameError):
        pass
try:
    eval("1")
    print("ESCAPED eval")
except NameError:
    pass
print("done")
