# QueueHandler.prepare folds exc/stack text into the message and clears the
# fields, so a handler behind a QueueListener prints them once.
import io
import logging
import logging.handlers
import queue

q = queue.Queue()
log = logging.getLogger('q')
log.propagate = False
log.addHandler(logging.handlers.QueueHandler(q))
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
listener = logging.handlers.QueueListener(q, target)
listener.start()
log.error('with stack', stack_info=True)
try:
    1 / 0
except ZeroDivisionError:
    log.exception('with exception')
listener.stop()
text = out.getvalue()
print(text.count('Stack (most recent call last)'), text.count('ZeroDivisionError'))
print(text.splitlines()[0], '|', [l for l in text.splitlines() if l.startswith('ERROR')][-1])
rec = q.get_nowait() if not q.empty() else None
print(rec)
