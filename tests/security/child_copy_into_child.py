# config: interpreter=on max_memory=64M max_time=60
# expect: limit=memory
# The other direction: the creator passes a shared structure to set();
# expanding it is charged to the creator as it is built, and stops there.
import interpreter

c = interpreter.new(builtins=[])
x = [0]
for i in range(30):
    x = [x, x]
c.set("v", x)
print("ESCAPED: copied 2**30 nodes")
