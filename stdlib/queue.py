"""FIFO, LIFO and priority queues, as CPython 3.11's `queue` module
(written for pyx from CPython's documentation).

pyx runs one thread, so no other thread can ever fill an empty queue or
drain a full one.  A blocking call that CPython would let wait therefore
behaves as follows: with a timeout it raises `Empty`/`Full` at once (what
CPython raises when the timeout expires, without the wait); without one
CPython would wait forever, and pyx raises `RuntimeError` naming the
deadlock instead.  `join()` with unfinished tasks is the same deadlock.
"""

from collections import deque
from heapq import heappush, heappop

try:
    from _thread import allocate_lock as _allocate_lock
except ImportError:
    _allocate_lock = None

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _deadlock(what):
    return RuntimeError("deadlock: %s would wait forever (pyx runs a single thread)" % what)


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _allocate_lock() if _allocate_lock is not None else None
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Block until all items in the Queue have been gotten and processed."""
        if self.unfinished_tasks:
            raise _deadlock("Queue.join() with %d unfinished task(s)" % self.unfinished_tasks)

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                raise _deadlock("put() on a full queue")
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                raise _deadlock("get() on an empty queue")
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Override these methods to implement other queue organizations.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue."""

    # CPython's is the native _queue.SimpleQueue.
    __module__ = "_queue"

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if block:
            _check_timeout(timeout)
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                raise _deadlock("get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))
