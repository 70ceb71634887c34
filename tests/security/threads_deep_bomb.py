# config: max_memory=64M max_time=60
# expect: limit=memory
# Threads that each hold a deep stack while blocked: the stacks of
# switched-out threads are charged to the memory cap.
import threading

forever = threading.Event()

def deep(n):
    if n:
        return deep(n - 1)
    forever.wait()

while True:
    threading.Thread(target=deep, args=(900,), daemon=True).start()
