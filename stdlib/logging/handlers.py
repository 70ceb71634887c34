"""Additional handlers for the logging package (pyx): the in-memory ones.

Provided: BufferingHandler, MemoryHandler, QueueHandler, QueueListener.
Handlers that need files, sockets or other processes (rotating files,
syslog, SMTP, HTTP) have no pyx version.  pyx runs one thread, so a
QueueListener handles the queued records when `stop()` (or
`handle_pending()`) is called instead of on a thread of its own.
"""

import copy
import logging


class BufferingHandler(logging.Handler):
    """A handler which stores records in a buffer until shouldFlush()."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full
    or a record of `flushLevel` or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Sends records (formatted, with arguments merged) to a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        # A copy, so that other handlers see the record unchanged.
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        # the formatted message already holds the stack; a handler behind
        # the queue would print it twice
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records from a queue and passes them to handlers.  pyx has one
    thread: records are handled by `stop()` or `handle_pending()`."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._started = False
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._started = True

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def handle_pending(self):
        """Handle every record waiting in the queue."""
        q = self.queue
        has_task_done = hasattr(q, "task_done")
        while True:
            try:
                record = self.dequeue(False)
            except Exception:
                break
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._started:
            self.enqueue_sentinel()
            self.handle_pending()
            self._started = False
