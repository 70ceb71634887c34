import logging
import sys

def show(fmt, style="%", **kw):
    logger = logging.getLogger("fmt")
    logger.handlers.clear()
    logger.propagate = False
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))
    logger.addHandler(h)
    logger.setLevel(logging.DEBUG)
    logger.info("hello %s", "world")

show("%(levelname)s|%(name)s|%(message)s")
show("%(levelno)d %(msg)s %(args)s")
show("{levelname}:{name}:{message}", style="{")
show("${levelname}-${message}", style="$")
show("%(message)s %(custom)s", defaults={"custom": "default!"})
show("%(filename)s %(module)s %(funcName)s")

def in_function():
    logger = logging.getLogger("fmt")
    logger.info("inside")
in_function()

for fmt, style in [("no fields", "%"), ("{}", "{"), ("plain", "$"), ("%(a)s", "#")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)

f = logging.Formatter("%(message)s")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 20, "levelname": "INFO"})
print(f.format(rec), rec.getMessage())
rec = logging.LogRecord("n", logging.WARNING, "/path/to/mod.py", 12, "m %d %d", (1, 2), None)
print(rec.name, rec.levelname, rec.filename, rec.module, rec.lineno, rec.getMessage())
print(repr(rec))
f2 = logging.Formatter("%(missing)s")
try:
    f2.format(rec)
except ValueError as e:
    print("ValueError:", e)

# Filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

logger = logging.getLogger("filt")
logger.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(message)s"))
logger.addHandler(h)
logger.addFilter(OnlyOdd())
for i in range(5):
    logger.warning("n=%d", i)
logger.filters.clear()
h.addFilter(logging.Filter("filt.sub"))
logger.warning("blocked by handler filter")
sub = logging.getLogger("filt.sub")
sub.warning("passes the name filter")
h.filters.clear()
h.addFilter(lambda r: "ok" in r.msg)
logger.warning("callable filter ok")
logger.warning("callable filter no")
fl = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "x"]:
    print(name, fl.filter(logging.makeLogRecord({"name": name})))

# handler level and repr
h.filters.clear()
h.setLevel(logging.ERROR)
logger.warning("below handler level")
logger.error("at handler level")
print(repr(logging.NullHandler()), repr(logging.StreamHandler(sys.stdout)))
print(repr(logger), repr(logging.getLogger()))

# LoggerAdapter
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs
ad = Adapter(logger, {"id": 7})
ad.error("adapted")
print(repr(ad))

# basicConfig is a no-op once configured, unless force
logging.basicConfig(stream=sys.stdout, format="first: %(message)s")
logging.warning("one")
logging.basicConfig(stream=sys.stdout, format="second: %(message)s")
logging.warning("two")
logging.basicConfig(stream=sys.stdout, format="third: %(message)s", force=True)
logging.warning("three")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x.log")
except ValueError as e:
    print("ValueError:", e)

# a NullHandler swallows; lastResort writes to stderr (not captured)
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(logging.NullHandler())
quiet.error("nothing")
print("done")
