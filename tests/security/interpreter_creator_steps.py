# config: interpreter=on max_steps=2000000
# expect: limit=steps
# The creator's own step limit is not catchable through a child: the
# child's steps are the creator's.
import interpreter
c = interpreter.new()
try:
    c.run("while True:\n    pass")
except BaseException as e:
    print("CAUGHT", type(e).__name__)
finally:
    print("FINALLY")
print("ESCAPED")
