# threading: locks, conditions, semaphores, events, barriers and timers
# between threads (results that every interleaving gives).
import threading

# Lock: a shared counter updated by read-modify-write under the lock.
counter = 0
lock = threading.Lock()
def bump(n):
    global counter
    for _ in range(n):
        with lock:
            v = counter
            for _ in range(3):
                pass
            counter = v + 1
ts = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter)
print(lock.locked(), lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()

# A lock may be released by another thread.
l2 = threading.Lock()
l2.acquire()
t = threading.Thread(target=l2.release)
t.start(); t.join()
print("released by other:", l2.locked())

# RLock: re-entrant for its owner, not releasable by others.
r = threading.RLock()
with r:
    with r:
        out = []
        def other():
            out.append(r.acquire(blocking=False))
            try:
                r.release()
            except RuntimeError as e:
                out.append(str(e))
        t = threading.Thread(target=other); t.start(); t.join()
        print("rlock from other:", out)
print("rlock free:", r.acquire(False)); r.release()

# Condition: a bounded buffer.
buf = []
cond = threading.Condition()
consumed = []
def produce():
    for i in range(20):
        with cond:
            cond.wait_for(lambda: len(buf) < 3)
            buf.append(i)
            cond.notify_all()
def consume():
    for _ in range(20):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()
ts = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in ts: t.start()
for t in ts: t.join()
print("condition:", consumed)
with cond:
    print("wait timeout:", cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore: at most 2 holders at once.
sem = threading.Semaphore(2)
active = 0
peak = 0
guard = threading.Lock()
def use():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        for _ in range(300):
            pass
        with guard:
            active -= 1
ts = [threading.Thread(target=use) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("semaphore peak:", peak, "value back:", sem._value)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Event.
ev = threading.Event()
got = []
def waiter(i):
    got.append((i, ev.wait()))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
print("before set:", got, ev.is_set())
ev.set()
for t in ts: t.join()
print("after set:", sorted(got))
ev.clear()
print("wait with timeout:", ev.wait(0.01))

# Barrier: every party gets a distinct index; the action runs once.
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("all here"))
idx = []
def meet():
    idx.append(bar.wait())
    idx.append(bar.wait())
ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier:", sorted(idx), actions, bar.broken, bar.parties, bar.n_waiting)
bar2 = threading.Barrier(2)
errs = []
def lonely():
    try:
        bar2.wait(timeout=0.01)
    except threading.BrokenBarrierError:
        errs.append("broken")
t = threading.Thread(target=lonely); t.start(); t.join()
print("barrier timeout:", errs, bar2.broken)
bar2.reset()
print("after reset:", bar2.broken)

# Timer: runs after its interval unless cancelled.
fired = []
t1 = threading.Timer(0.01, fired.append, args=["first"])
t2 = threading.Timer(0.01, fired.append, args=["second"])
t1.start(); t2.start(); t2.cancel()
t1.join(); t2.join()
print("timers:", fired)

# join(timeout) on a thread that is still blocked.
hold = threading.Event()
t = threading.Thread(target=hold.wait)
t.start()
t.join(timeout=0.01)
print("still alive:", t.is_alive())
hold.set()
t.join()
print("finally:", t.is_alive())
