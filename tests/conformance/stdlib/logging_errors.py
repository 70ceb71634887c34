import io
import logging
import sys
import traceback

FILE = traceback.extract_stack()[-1].filename

# A record whose message cannot be formatted: the handler reports the
# error on stderr and logging goes on.
log = logging.getLogger("errs")
log.propagate = False
log.addHandler(logging.StreamHandler(sys.stdout))
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    def helper():
        log.error("bad format %d", "x")
    helper()
finally:
    sys.stderr = saved
# The traceback in the middle shows logging's own lines; leave it out.
text = err.getvalue().replace(FILE, "FILE")
lines = text.splitlines()
start = next(i for i, line in enumerate(lines) if line.startswith("TypeError"))
print(lines[0])
print(lines[1])
print("\n".join(lines[start:]))
log.error("still working")

logging.raiseExceptions = False
err = io.StringIO()
sys.stderr = err
try:
    log.error("silent %d", "x")
finally:
    sys.stderr = saved
print(repr(err.getvalue()))
