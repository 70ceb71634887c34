# config: interpreter=on max_memory=64M max_time=10
# expect: ok
# A child's output is buffered in the host until its run returns: a child
# allowed 3 GB of output must not hold 3 GB for a 64 MB creator. The
# buffer is bounded by what the creator's memory can take, and the child
# stops with an output limit the creator can catch.
import interpreter

c = interpreter.new(builtins=["print"], max_output=3 << 30)
try:
    c.run("line = 'x' * 100_000\nwhile True:\n    print(line)")
    print("ESCAPED: no limit")
except interpreter.LimitExceeded as e:
    print("child limit:", e.limit)
print("done")
