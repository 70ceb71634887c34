import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
logging.debug("debug %s", "message")
logging.info("info %d", 42)
logging.warning("warning")
logging.error("error %(key)s", {"key": "mapped"})
logging.critical("critical")
logging.log(25, "custom level")
root = logging.getLogger()
print(root, root.level, root.name, logging.getLogger("root") is root)
print(root.handlers)

log = logging.getLogger("app")
log.info("from app")
child = logging.getLogger("app.db.conn")
child.warning("from child")
print(child.parent is log, child, log.getChild("db.conn") is child)
mid = logging.getLogger("app.db")
print(child.parent is mid, mid.parent is log)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33), logging.getLevelName("NOPE"))
logging.addLevelName(33, "NOTICE")
log.log(33, "notice level")
print(logging.getLevelName(33), logging.getLevelName("NOTICE"))

log.setLevel(logging.ERROR)
log.warning("suppressed")
log.error("shown")
child.warning("child inherits ERROR: suppressed")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.CRITICAL), child.isEnabledFor(logging.INFO))
log.setLevel("DEBUG")
print(log.level, log.getEffectiveLevel())

# propagate and handlers of our own
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
mid.addHandler(h)
child.info("twice (own handler + root)")
mid.propagate = False
child.info("once (not propagated)")
print(mid.hasHandlers(), logging.getLogger("other").hasHandlers())
mid.removeHandler(h)
mid.propagate = True

# exception(): the traceback names this file; show it as FILE.
import io, traceback
FILE = traceback.extract_stack()[-1].filename
buf = io.StringIO()
hb = logging.StreamHandler(buf)
log.addHandler(hb)
log.propagate = False
def fail():
    raise ZeroDivisionError("division by zero")
try:
    fail()
except ZeroDivisionError:
    log.exception("it failed: %s", "details")
log.error("with exc_info", exc_info=ValueError("given"))
print(buf.getvalue().replace(FILE, "FILE"))
log.removeHandler(hb)
log.propagate = True

# extra
fmt = logging.Formatter("%(user)s did %(message)s")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(fmt)
l2 = logging.getLogger("extra")
l2.propagate = False
l2.addHandler(h2)
l2.warning("a thing", extra={"user": "bob"})
try:
    l2.warning("x", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)

# levels errors
for bad in ["LOUD", 1.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)

# disable
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("error still shown")
logging.disable(logging.NOTSET)
log.warning("enabled again")
print(logging.getLevelNamesMapping()["WARN"])
