# config: max_steps=2000000
# expect: limit=steps
# Threads share the one interpreter's step budget: a thread cannot buy
# more steps by being new.
import threading

def spin():
    try:
        while True:
            pass
    finally:
        print("FINALLY")

for _ in range(50):
    threading.Thread(target=spin, daemon=True).start()
while True:
    pass
