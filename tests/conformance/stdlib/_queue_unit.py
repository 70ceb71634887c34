# pyx-specific: a blocking call that no other thread could ever satisfy
# raises RuntimeError (CPython would wait forever).
import queue

def deadlocks(f, *args, **kw):
    try:
        f(*args, **kw)
    except RuntimeError as e:
        assert "deadlock" in str(e), e
        return True
    return False

q = queue.Queue()
assert deadlocks(q.get)
assert deadlocks(queue.SimpleQueue().get)
assert deadlocks(queue.LifoQueue().get)
full = queue.Queue(1)
full.put(0)
assert deadlocks(full.put, 1)
assert deadlocks(full.join)
full.get()
full.task_done()
full.join()
assert not deadlocks(q.put, 1)
print("queue-unit: ok")
