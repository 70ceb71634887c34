# threading: thread-local data and exceptions raised in threads.
import threading

data = threading.local()
data.x = "main"
seen = []
def f(i):
    print_before = hasattr(data, "x")
    data.x = i
    seen.append((i, print_before, data.x))
ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), data.x)

class MyLocal(threading.local):
    count = 10
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

ml = MyLocal(5)
ml.bump()
res = []
def g():
    res.append((ml.value, ml.bump(), ml.count))
t = threading.Thread(target=g); t.start(); t.join()
print(res, ml.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(data)))

# excepthook: a custom hook sees the exception and the thread.
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
def boom():
    raise ValueError("boom")
t = threading.Thread(target=boom, name="bomber")
t.start(); t.join()
def quiet():
    raise SystemExit(3)
t = threading.Thread(target=quiet, name="quiet")
t.start(); t.join()
print(caught)
threading.excepthook = threading.__excepthook__
print(threading.ExceptHookArgs([ValueError, None, None, None]).exc_type.__name__)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError")
