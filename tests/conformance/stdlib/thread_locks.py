# _thread: locks in a single-threaded interpreter.
import _thread

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_ident()).__name__)
