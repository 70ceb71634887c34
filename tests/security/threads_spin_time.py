# config: max_time=0.5
# expect: limit=time
# A thread spinning forever, and one that tries to swallow the limit:
# the deadline ends the whole interpreter, whichever thread runs.
import threading

def spin():
    while True:
        pass

def swallow():
    try:
        while True:
            pass
    except BaseException:
        print("CAUGHT")
    finally:
        print("FINALLY")

threading.Thread(target=spin).start()
threading.Thread(target=swallow).start()
t = threading.Thread(target=spin)
t.start()
t.join()
print("ESCAPED: join returned")
