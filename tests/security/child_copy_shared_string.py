# config: interpreter=on max_memory=64M max_time=10
# expect: ok
# One 1 MB string referenced 2000 times: a 1 MB child heap, a 2 GB copy.
# Through eval and through call.
import interpreter

c = interpreter.new(builtins=["range", "tuple"])
c.run("s = 'a' * (1 << 20)\nx = [s] * 2000\ndef f():\n    return {'k': x, 'k2': tuple(x)}")
for how in ["eval", "call"]:
    try:
        y = c.eval("x") if how == "eval" else c.call("f")
        print("ESCAPED: got", len(y))
    except interpreter.ChildError as e:
        print(how, "refused:", e.type_name)
print("done")
