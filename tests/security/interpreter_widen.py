# config: grant=granted remove_builtins=exec,compile interpreter=on max_steps=50000000
# expect: ok
# A child interpreter gets a subset of its creator's authority, never more.
import interpreter

def refused(what, exc, **kw):
    try:
        interpreter.new(**kw)
    except exc as e:
        print("refused", what, "-", type(e).__name__)
        return
    print("ESCAPED: granted", what)

# Built-ins the creator lacks (the host removed them).
refused("exec", ValueError, builtins=["exec"])
refused("compile", ValueError, builtins=["compile"])
refused("input", ValueError, builtins=["input"])
# A name re-bound by Python code is not the genuine built-in.
__builtins__["exec"] = print
refused("rebound exec", ValueError, builtins=["exec"])
del __builtins__["exec"]
# Capabilities must be host objects the creator holds.
refused("plain cap", TypeError, caps={"x": [1, 2]})
refused("function cap", TypeError, caps={"f": lambda: 1})
refused("class cap", TypeError, caps={"c": object})
# Modules the creator cannot import.
refused("subprocess", ModuleNotFoundError, modules=["subprocess"])
refused("_pyx_net", ModuleNotFoundError, modules=["_pyx_net"])
refused("dotted", ValueError, modules=["a.b"])
# Limits beyond what the creator has left.
refused("memory", ValueError, max_memory=1 << 40)
refused("steps", ValueError, max_steps=10 ** 12)
refused("recursion", ValueError, max_recursion=10 ** 6)
refused("int bits", ValueError, max_int_bits=1 << 40)
refused("bad kw", TypeError, max_memory=1, unknown=1)

# The default child: pure built-ins only, no capabilities, no native or
# host modules.
c = interpreter.new()
for expr in ["open", "cap", "exec", "compile", "input"]:
    try:
        c.eval(expr)
        print("ESCAPED:", expr, "visible in the child")
    except interpreter.ChildError as e:
        assert e.type_name == "NameError", e.type_name
for mod in ["math", "interpreter", "subprocess"]:
    try:
        c.run("import " + mod)
        print("ESCAPED: child imported", mod)
    except interpreter.ChildError as e:
        assert e.type_name == "ModuleNotFoundError", e.type_name
# pyx's frozen stdlib is code, not authority: every child can import it.
c.run("import json, os")
print(c.eval("json.dumps({'environ': len(os.environ)})"))
print(c.eval("sorted([3, 1, 2])"))

# Granted capabilities are the creator's own, with the same confinement.
c = interpreter.new(builtins=["open", "print"], caps={"d": cap})
print(c.eval("open('ok.txt').read()").strip())
print(c.eval("d.read_text('ok.txt')").strip())
for attempt in ["open('../secret.txt').read()", "open('link').read()", "d.read_text('dirlink/secret.txt')",
                "open('/etc/passwd').read()"]:
    try:
        print("LEAK", c.eval(attempt))
    except interpreter.ChildError as e:
        assert "/tmp" not in e.traceback and "secret.txt'\n" not in e.traceback[:0], e.traceback
# The child cannot reach its creator's globals or built-ins.
for expr in ["refused", "interpreter", "__builtins__['cap']"]:
    try:
        c.eval(expr)
        print("ESCAPED:", expr)
    except interpreter.ChildError:
        pass

# A grandchild is narrowed by its parent, not by the original creator.
c = interpreter.new(builtins=["print", "len", "__import__"], modules=["interpreter"], max_steps=1000000)
c.run("""
import interpreter
try:
    interpreter.new(builtins=['sorted'])
    print('ESCAPED: grandchild got sorted')
except ValueError:
    pass
try:
    interpreter.new(max_steps=10**9)
    print('ESCAPED: grandchild got more steps')
except ValueError:
    pass
g = interpreter.new(builtins=['len'])
r = g.eval('len([1, 2, 3])')
""")
print("grandchild", c.eval("r"))
# A child cannot run its creator (or itself) re-entrantly.
me = interpreter.new(builtins=["print"], caps={}, max_memory=2 << 20)
# A handle carries its reserved memory into every heap that holds it.
me2 = interpreter.new(builtins=[], caps={"other": me}, max_memory=8 << 20)
try:
    me2.run("other.run('x = 1')")
    print("nested run ok")
except interpreter.ChildError as e:
    print("ESCAPED?", e)
# Narrowing sticks: once the creator drops `interpreter` from sys.modules,
# it cannot pass it on.
import sys
saved = sys.modules.pop("interpreter")
refused("interpreter after removal", ModuleNotFoundError, modules=["interpreter"])
sys.modules["interpreter"] = saved
print("done")
