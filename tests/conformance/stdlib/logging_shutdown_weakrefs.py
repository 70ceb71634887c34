# logging keeps its handlers as CPython does: `_handlers` is a
# WeakValueDictionary of named handlers and `_handlerList` holds weak
# references; shutdown() takes a list of such references, closes the live
# handlers newest first, and releases a handler even when acquire, flush
# or close raised OSError/ValueError.
import logging
import weakref

calls = []


class Fake(logging.Handler):
    def __init__(self, ident):
        super().__init__()
        self.ident = ident

    def acquire(self):
        calls.append("%d acquire" % self.ident)

    def flush(self):
        calls.append("%d flush" % self.ident)

    def close(self):
        calls.append("%d close" % self.ident)

    def release(self):
        calls.append("%d release" % self.ident)


print(type(logging._handlers).__name__)
h = logging.StreamHandler()
h.name = "named"
print(logging._handlers["named"] is h)
print(all(isinstance(w, weakref.ref) for w in logging._handlerList))
print(any(w() is h for w in logging._handlerList))
h.close()
print("named" in logging._handlers)

hs = [Fake(0), Fake(1), Fake(2)]
logging.shutdown(handlerList=[weakref.ref(x) for x in hs])
print(calls)

for method in ("acquire", "flush", "close"):
    for error in (OSError, ValueError):
        calls.clear()
        f = Fake(7)

        def boom(error=error):
            raise error("boom")
        setattr(f, method, boom)
        logging.shutdown(handlerList=[weakref.ref(f)])
        print(method, error.__name__, calls)

calls.clear()
f = Fake(8)


def bad_flush():
    raise KeyError("other")
f.flush = bad_flush
try:
    logging.shutdown(handlerList=[weakref.ref(f)])
except KeyError as e:
    print("raised", repr(e), calls)
logging.raiseExceptions = False
calls.clear()
logging.shutdown(handlerList=[weakref.ref(f)])
print("quiet", calls)
