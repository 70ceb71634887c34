# queue: producers and consumers in threads.
import queue
import threading

q = queue.Queue(maxsize=2)
results = []
def producer(base):
    for i in range(5):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 10)
        q.task_done()
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
q.join()
for t in cs: t.join()
print(sorted(results), q.empty(), q.unfinished_tasks)

# A worker pool draining a queue of jobs.
jobs = queue.Queue()
done = queue.Queue()
def worker():
    while True:
        n = jobs.get()
        if n < 0:
            break
        done.put((n, sum(range(n))))
pool = [threading.Thread(target=worker) for _ in range(3)]
for t in pool: t.start()
for n in range(10):
    jobs.put(n)
for _ in pool:
    jobs.put(-1)
for t in pool: t.join()
out = []
while not done.empty():
    out.append(done.get_nowait())
print(sorted(out))

# Timeouts.
e = queue.Queue()
try:
    e.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
f = queue.Queue(1)
f.put(1)
try:
    f.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")

# get() blocks until another thread puts.
lq = queue.LifoQueue()
def later():
    for i in range(3):
        lq.put(i)
t = threading.Thread(target=later)
t.start()
print([lq.get() for _ in range(3)])
t.join()

pq = queue.PriorityQueue()
def fill():
    for p in (5, 1, 3):
        pq.put((p, "p%d" % p))
t = threading.Thread(target=fill); t.start(); t.join()
print([pq.get()[1] for _ in range(3)])

sq = queue.SimpleQueue()
got = []
def take():
    got.append(sq.get())
    got.append(sq.get(timeout=1))
t = threading.Thread(target=take); t.start()
sq.put("a"); sq.put("b")
t.join()
print(got, sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
