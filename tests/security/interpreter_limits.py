# config: interpreter=on max_memory=256M max_time=120
# expect: ok
# A child that hits its limits does not end its creator: the creator gets
# a catchable LimitExceeded and goes on.
# The creator's own guard is a generous deadline, not a step budget: a
# child shares its creator's steps, and on a fast machine a child looping
# under max_time=0.2 spent 100,000,000 steps first and ended as "steps".
# A deadline far past the child's holds on a machine ten times faster or
# slower.
import interpreter

def expect_limit(which, src, **kw):
    c = interpreter.new(**kw)
    try:
        c.run(src)
        print("ESCAPED: no", which, "limit")
    except interpreter.LimitExceeded as e:
        assert e.limit == which, (e.limit, which)
        assert isinstance(e, interpreter.ChildError)
        print("child limit:", e.limit)
    # The child is still usable after the limit.
    assert c.eval("1 + 1") == 2

expect_limit("steps", "while True:\n    pass", max_steps=100000)
expect_limit("steps", "try:\n    while True: pass\nexcept BaseException:\n    print('CAUGHT')\nfinally:\n    print('FINALLY')", builtins=["print"], max_steps=100000)
expect_limit("memory", "s = 'x'\nwhile True:\n    s = s + s", max_memory=4 << 20)
expect_limit("memory", "a = []\nwhile True:\n    a.append([0] * 1000)", max_memory=4 << 20)
expect_limit("memory", "b = b'x' * 10**9", max_memory=4 << 20)
expect_limit("output", "while True:\n    print('x' * 100)", builtins=["print"], max_output=1000)
expect_limit("intsize", "x = 2 ** (2 ** 40)", max_int_bits=1000)
expect_limit("time", "while True:\n    pass", max_time=0.2)

c = interpreter.new(builtins=[], max_recursion=50)
c.run("def r(n):\n    return r(n + 1)")
try:
    c.call("r", 0)
    print("ESCAPED: recursion")
except interpreter.ChildError as e:
    assert e.type_name == "RecursionError", e.type_name

# Memory of children is reserved from the creator's budget: children
# cannot add up to more than the creator has.
kids = []
try:
    while True:
        kids.append(interpreter.new(max_memory=32 << 20))
except ValueError:
    pass
assert 1 <= len(kids) <= 8, len(kids)
kids = None
# Too small to start is a limit of the child, not of the creator.
try:
    interpreter.new(max_memory=1000)
    print("ESCAPED: tiny child")
except interpreter.LimitExceeded as e:
    assert e.limit == "memory"
# Deeply nested children end in a RecursionError, not a crash.
src = "import interpreter\nc = interpreter.new(modules=['interpreter'], builtins=['__import__'])\nc.run(src)\n"
c = interpreter.new(modules=["interpreter"], builtins=["__import__"])
c.set("src", src)
try:
    c.run("import interpreter\nc = interpreter.new(modules=['interpreter'], builtins=['__import__'])\nc.set('src', src)\nc.run(src)")
except interpreter.ChildError as e:
    print("nesting ends:", e.type_name)
print("done")
