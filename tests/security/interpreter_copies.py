# config: interpreter=on
# expect: ok
# Values cross between interpreters by copy only; exceptions arrive as
# fresh ChildError objects of the creator.
import interpreter

c = interpreter.new(builtins=["print", "len", "list", "__import__", "Exception", "super", "ZeroDivisionError", "SystemExit"])
c.run("shared = [1, 2, [3]]\nclass K:\n    def __del__(self):\n        print('child finalizer')\n")
a = c.eval("shared")
a.append("mutated")
a[2].append(99)
assert c.eval("shared") == [1, 2, [3]], "LEAK: a result aliased the child's list"
x = [10, 20]
c.set("given", x)
c.run("given.append(30)")
assert x == [10, 20], "LEAK: a set() value aliased the creator's list"
assert c.eval("given") == [10, 20, 30]
c.run("def f(v):\n    v.append(1)\n    return v")
y = [0]
assert c.call("f", y) == [0, 1] and y == [0]
assert c.eval("{'a': (1, b'x'), 2: [None, True, 1.5, 2**100]}") == {'a': (1, b'x'), 2: [None, True, 1.5, 2**100]}

# Sets and frozensets are plain data too: copied, never shared.
s = {1, 2}
c.set("s", s)
c.run("s.add(3)")
assert s == {1, 2} and c.eval("s") == {1, 2, 3}
c.set("fs", frozenset({'x'}))
assert c.eval("fs") == frozenset({'x'})

# Anything but plain data is refused, both ways.
for expr in ["lambda: 1", "K", "K()", "print", "len", "__import__('sys')", "[1].__iter__()"]:
    try:
        v = c.eval(expr)
        print("ESCAPED: got", type(v).__name__, "out of the child")
    except interpreter.ChildError as e:
        assert e.type_name == "TypeError", (expr, e.type_name)
for v in [lambda: 1, object(), print, interpreter, c, {object()}]:
    try:
        c.set("v", v)
        print("ESCAPED: passed", type(v).__name__, "into the child")
    except TypeError:
        pass
cyc = []
cyc.append(cyc)
try:
    c.set("v", cyc)
    print("ESCAPED: cycle")
except (ValueError, TypeError):
    pass

# Exceptions: a fresh ChildError with text only.
c.run("class Secret(Exception):\n    def __init__(self):\n        super().__init__('boom')\n        self.payload = print\n")
try:
    c.run("raise Secret()", "plugin.py")
except interpreter.ChildError as e:
    assert e.type_name == "Secret" and e.message == "boom", (e.type_name, e.message)
    assert 'File "plugin.py", line 1' in e.traceback, e.traceback
    assert not hasattr(e, "payload")
    assert e.args == ("Secret: boom",), e.args
    assert isinstance(e.type_name, str) and isinstance(e.traceback, str)
    print("child error:", e)
# SystemExit in the child ends only the child's run.
try:
    c.run("raise SystemExit(3)")
except interpreter.ChildError as e:
    print("child exit:", e.type_name, e.message)
# Exceptions raised by the creator's code are not sent to the child.
c.run("try:\n    1/0\nexcept ZeroDivisionError:\n    ok = True\n")
assert c.eval("ok") is True
# The child's finalizers run in the child (its output comes to us).
c.run("k = K()\nk = None\n")
print("done")
