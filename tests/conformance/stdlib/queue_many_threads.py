# queue: many producers and consumers contending for one queue (the
# pattern of CPython's test_queue.test_many_threads); every item arrives
# exactly once whatever the interleaving.
import queue
import threading
from collections import deque

for make in (queue.Queue, queue.SimpleQueue):
    q = make()
    seq = list(range(3000))
    seq.reverse()
    results = []

    def feed():
        while True:
            try:
                val = seq.pop()
            except IndexError:
                q.put(None)
                return
            q.put(val)

    def consume():
        while True:
            val = q.get()
            if val is None:
                return
            results.append(val)

    ts = [threading.Thread(target=feed) for _ in range(20)]
    ts += [threading.Thread(target=consume) for _ in range(20)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(make.__name__, len(results), sorted(results) == list(range(3000)), q.empty())

# A deque shared by threads that append and pop concurrently.
d = deque()
def churn(k):
    for i in range(2000):
        d.append((k, i))
        if i % 3 == 0:
            d.popleft()
ts = [threading.Thread(target=churn, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(set(d)) == len(d))
