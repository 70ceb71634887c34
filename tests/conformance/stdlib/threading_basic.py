# threading: starting, joining and inspecting threads (outputs that do not
# depend on how threads interleave).
import threading

results = {}

def square(n, scale=1):
    results[n] = n * n * scale

threads = [threading.Thread(target=square, args=(i,), kwargs={"scale": 2}) for i in range(5)]
print([t.is_alive() for t in threads])
print(repr(threads[0]).replace(threads[0].name, "NAME"))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print(all("stopped" in repr(t) for t in threads))
print([t.name.split(" ")[1] for t in threads])

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.seen = None

    def run(self):
        me = threading.current_thread()
        self.seen = (me is self, me.name, threading.main_thread() is not me)

ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.seen for w in ws])

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()))
print(threading.main_thread().daemon, threading.Thread(target=print).daemon)
d = threading.Thread(target=print, daemon=True)
print(d.daemon, d.isDaemon())

t = threading.Thread(target=lambda: None)
for f in (t.join,):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# Idents: distinct while alive, ints, and the thread sees its own.
idents = []
gate = threading.Event()
def record():
    idents.append(threading.get_ident() == threading.current_thread().ident)
    gate.wait()
ts = [threading.Thread(target=record) for _ in range(3)]
for t in ts:
    t.start()
print(len({t.ident for t in ts}) == 3, all(isinstance(t.ident, int) for t in ts))
print(threading.active_count())
gate.set()
for t in ts:
    t.join()
print(idents, threading.active_count())

# A non-daemon thread still running when the main program ends is joined.
done = threading.Event()
def late():
    done.wait()
    print("late thread finished")
threading.Thread(target=late).start()
threading.Timer(0.01, done.set).start()
print("main ends")
