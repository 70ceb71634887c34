# config: max_memory=64M max_time=60
# expect: limit=memory
# A thread bomb: threads that never end, started without bound. Each
# green thread is charged to the one interpreter's memory, so the cap
# ends the program (no OS thread is ever made).
import threading

forever = threading.Event()
n = 0
while True:
    threading.Thread(target=forever.wait, daemon=True).start()
    n += 1
