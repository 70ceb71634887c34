# config: interpreter=on max_memory=64M max_time=10
# expect: ok
# The same through the child's stderr: a long traceback of an uncaught
# exception with a huge message, and the child's output over many runs.
import interpreter

c = interpreter.new(builtins=["print", "ValueError"], max_output=3 << 30, max_memory=16 << 20)
try:
    c.run("s = 'e' * (8 << 20)\nraise ValueError(s)")
except interpreter.ChildError as e:
    print("child error:", e.type_name, len(e.message) > 0)
for i in range(50):
    try:
        c.run("print('y' * (1 << 20))")
    except interpreter.LimitExceeded as e:
        print("child limit:", e.limit)
        break
print("done")
