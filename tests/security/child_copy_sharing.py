# config: interpreter=on max_memory=64M max_time=10
# expect: ok
# A result shares structure in the child (2**25 paths to one list in a
# 26-object heap); copying it out must not expand it into host memory.
import interpreter

c = interpreter.new(builtins=["range"])
c.run("x = [1]\nfor i in range(25):\n    x = [x, x]")
try:
    y = c.eval("x")
    print("ESCAPED: got a copy of", type(y).__name__)
except interpreter.ChildError as e:
    print("refused:", e.type_name)
print("done")
