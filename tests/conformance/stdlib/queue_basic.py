import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty non-blocking")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full non-blocking")
try:
    b.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get())

l = queue.LifoQueue()
for x in "abc":
    l.put(x)
print([l.get() for _ in range(3)])

p = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    p.put(item)
print([p.get_nowait() for _ in range(4)])

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    s.get(timeout=0)
except queue.Empty:
    print("SimpleQueue Empty timeout")

# task accounting
t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get(); t.task_done()
t.get(); t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)

# subclass overriding the storage hooks
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()
    def _put(self, item):
        self.queue.add(item)
    def _get(self):
        return self.queue.pop()
sq = SetQueue()
for x in [1, 1, 2, 2, 3]:
    sq.put(x)
print(sq.qsize(), sorted(sq.get() for _ in range(sq.qsize())))
print(queue.Queue[int], queue.SimpleQueue[str])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
