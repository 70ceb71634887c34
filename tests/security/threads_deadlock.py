# config: max_time=60
# expect: ok
# Threads that deadlock do not hang the interpreter: the thread that
# waits for them gets a RuntimeError naming the deadlock.
import threading

l1, l2 = threading.Lock(), threading.Lock()
a_has, b_has = threading.Event(), threading.Event()

def a():
    with l1:
        a_has.set()
        b_has.wait()
        with l2:
            print("ESCAPED: a got both")

def b():
    with l2:
        b_has.set()
        a_has.wait()
        with l1:
            print("ESCAPED: b got both")

ta = threading.Thread(target=a, daemon=True)
tb = threading.Thread(target=b, daemon=True)
ta.start(); tb.start()
try:
    ta.join()
    print("ESCAPED: join returned")
except RuntimeError as e:
    print("deadlock reported:", "deadlock" in str(e))

# A lone thread waiting on itself.
lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
    print("ESCAPED: acquired twice")
except RuntimeError as e:
    print("self-deadlock reported:", "deadlock" in str(e))

# A waiter with a timeout is not a deadlock: the clock moves on.
print("timed wait:", threading.Event().wait(0.05))
# The interpreter is still usable, threads included.
out = []
t = threading.Thread(target=out.append, args=(42,))
t.start(); t.join()
print(out)
print("done")
