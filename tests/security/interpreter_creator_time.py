# config: interpreter=on max_time=0.5
# expect: limit=time
# The creator's deadline stops a child that has none, and ends the creator
# uncatchably.
import interpreter
c = interpreter.new()
try:
    c.run("while True:\n    pass")
except BaseException as e:
    print("CAUGHT", type(e).__name__)
finally:
    print("FINALLY")
print("ESCAPED")
