# config: interpreter=on max_memory=256M max_time=120
# expect: ok
# Threads inside a child interpreter are the child's: they share its
# limits, a limit hit in one of them ends the child's run (a catchable
# LimitExceeded for the creator), and nothing of them survives into the
# creator or the child's next run.
import interpreter

c = interpreter.new(max_steps=100000,
                    modules=["sys", "threading", "_pyx_thread"])
try:
    c.run("import threading\n"
          "def spin():\n"
          "    while True: pass\n"
          "t = threading.Thread(target=spin)\n"
          "t.start()\n"
          "t.join()\n")
    print("ESCAPED: no limit")
except interpreter.LimitExceeded as e:
    print("child limit:", e.limit)
except interpreter.ChildError as e:
    print("child error:", type(e).__name__, e)
print(c.eval("1 + 1"))
try:
    print(c.eval("threading.active_count()"))
except interpreter.ChildError as e:
    print("child error:", type(e).__name__)
c.run("r = []\n"
      "ts = [threading.Thread(target=r.append, args=(i,)) for i in range(3)]\n"
      "for t in ts: t.start()\n"
      "for t in ts: t.join()\n")
print(c.eval("sorted(r)"))
import threading
print(threading.active_count())
print("done")
