# Where a record says it was made (findCaller through stacklevel), the
# mapping argument, the record's fields, and the handler's lock and
# StringIO stream the records go through.
import io
import logging
import threading

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(module)s:%(filename)s:%(funcName)s:%(lineno)d:%(message)s"))
log = logging.getLogger("caller")
log.propagate = False
log.addHandler(h)
log.setLevel(logging.DEBUG)


def inner(level):
    log.warning("inner stacklevel=%d", level, stacklevel=level)


def middle(level):
    inner(level)


def outer(level):
    middle(level)


for level in (1, 2, 3, 4, 50):
    outer(level)
log.info("mapping %(a)s %(b)d", {"a": "x", "b": 7})
log.info("empty mapping %s", {})
log.info("tuple %s", (1, 2))
log.debug("plain %s")
log.error("no args %(a)s")
log.log(25, "level %s", 25)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom %s", "here")
adapter = logging.LoggerAdapter(log, {"extra": 1})
adapter.warning("adapter %s", "call")
print(stream.getvalue().replace("\n", "|\n").split("Traceback")[0])
print("ZeroDivisionError: division by zero" in stream.getvalue())

rec = log.makeRecord("n", 30, "/a/b/mod.py", 12, "m %s %s", ("x", 3), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.getMessage(), rec.levelname, rec.args)
print(sorted(k for k in rec.__dict__ if k not in ("created", "msecs", "relativeCreated", "thread", "process")))
print(logging.Formatter("%(message)s|%(levelno)s|%(name)s").format(rec))


class Locking(logging.StreamHandler):
    # Quiet after the one record (CPython's shutdown at exit takes the
    # lock of every live handler again).
    quiet = False

    def acquire(self):
        if not self.quiet:
            print("acquire", end=" ")
        super().acquire()

    def release(self):
        if not self.quiet:
            print("release")
        super().release()


log2 = logging.getLogger("locking")
log2.propagate = False
log2.addHandler(Locking(io.StringIO()))
log2.warning("locked")
Locking.quiet = True

s = io.StringIO()
print(s.write("abc"), s.write(""), s.getvalue())
s.seek(1)
s.write("X")
print(s.getvalue(), s.tell())
s.seek(0, 2)
s.write("end")
print(s.getvalue())
for i in range(600):
    s.write("l%d\n" % i)
print(len(s.getvalue()), repr(s.getvalue()[-12:]))
s2 = io.StringIO(newline=None)
s2.write("a\r\nb\rc")
print(repr(s2.getvalue()))
s3 = io.StringIO(newline="\r\n")
s3.write("a\nb")
print(repr(s3.getvalue()))
s.close()
try:
    s.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)

r = threading.RLock()
with r:
    with r:
        print("nested", r._is_owned())
print(r.acquire(False), r.acquire(True, 1), r.acquire(blocking=True, timeout=-1))
r.release()
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
