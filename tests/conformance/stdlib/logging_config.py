import logging
import logging.config
import logging.handlers
import queue
import sys

logging.getLogger("old").warning("before config")   # lastResort: stderr

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "curly": {"format": "{name}|{message}", "style": "{"},
    },
    "filters": {
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG"},
        "curly_out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                      "formatter": "curly", "filters": ["only_app"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 3,
                "target": "out", "flushLevel": 40},
    },
    "loggers": {
        "app": {"handlers": ["curly_out"], "level": "INFO"},
        "app.db": {"level": "WARNING"},
        "buffered": {"handlers": ["mem"], "propagate": False, "level": "DEBUG"},
    },
    "root": {"handlers": ["out"], "level": "WARNING"},
}
logging.config.dictConfig(config)
print(logging.getLogger("old").disabled, logging.getLogger("app").level, logging.getLogger().level)
logging.getLogger("app").info("app info")
logging.getLogger("app.db").info("hidden")
logging.getLogger("app.db").warning("db warning")
logging.getLogger("other").warning("other warning")
b = logging.getLogger("buffered")
b.debug("one")
b.info("two")
print("-- nothing yet")
b.info("three: capacity reached")
b.debug("four")
b.error("five: flush level")
print(sorted(logging._handlers))

# errors
bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "root": {"level": "LOUD"}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

# custom factories, properties and cfg://
class Tagger(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def filter(self, record):
        record.tag = self.tag
        return True

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "settings": {"fmt": "[%(tag)s] %(message)s"},
    "formatters": {"f": {"format": "cfg://settings.fmt"}},
    "filters": {"t": {"()": Tagger, "tag": "T1"}},
    "handlers": {"h": {"()": "logging.StreamHandler", "stream": "ext://sys.stdout",
                       "filters": ["t"], ".": {"name": "renamed"}}},
    "root": {"handlers": ["h"], "level": "INFO"},
})
h = logging.getLogger().handlers[0]
print(h.name, type(h).__name__)
logging.info("custom")
print(logging.getLogger("app").disabled)

# incremental: only levels change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"h": {"level": "ERROR"}},
                           "root": {"level": "DEBUG"}})
print(h.level, logging.getLogger().level)
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"zz": {}}})
except ValueError as e:
    print("ValueError:", e)

# QueueHandler / QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql_out = logging.StreamHandler(sys.stdout)
ql_out.setFormatter(logging.Formatter("listener got: %(message)s"))
listener = logging.handlers.QueueListener(q, ql_out)
lg = logging.getLogger("queued")
lg.propagate = False
lg.addHandler(qh)
listener.start()
lg.warning("via %s", "queue")
lg.error("second")
rec = q.queue[0]
print(rec.msg, rec.args, rec.getMessage())
listener.stop()
print(q.qsize())
buf = logging.handlers.BufferingHandler(2)
lg2 = logging.getLogger("buf")
lg2.addHandler(buf)
lg2.warning("a")
print(len(buf.buffer))
lg2.warning("b")
print(len(buf.buffer))
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("9bad")
except ValueError as e:
    print("ValueError:", e)
