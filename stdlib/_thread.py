"""The `_thread` interface over pyx's green threads (written for pyx).

Threads are run by the interpreter itself, one at a time, switched at
safe points (see the book's "Threads" section): no OS thread is started
and every thread counts against the one interpreter's limits.  The
scheduler gives two primitives, `park` (block the running thread until
woken or a timeout) and `wake`; the locks below are built on them.  A
lock's methods contain no loop in which a switch could fall, so each runs
without interruption.
"""

import _pyx_thread

TIMEOUT_MAX = _pyx_thread.TIMEOUT_MAX

error = RuntimeError

_park = _pyx_thread.park
_wake = _pyx_thread.wake
get_ident = _pyx_thread.get_ident


def get_native_id():
    return _pyx_thread.get_ident()


def _count():
    return _pyx_thread.count()


def _report_unraisable(function):
    # What CPython prints through sys.unraisablehook for an exception
    # that ends a thread started here.
    import sys
    try:
        import traceback
        text = "".join(traceback.format_exc())
    except Exception:
        text = ""
    try:
        sys.stderr.write("Exception ignored in thread started by: %r\n" % (function,))
        sys.stderr.write(text)
    except Exception:
        pass


def start_new_thread(function, args, kwargs=None):
    """Start a thread calling function(*args, **kwargs); its identifier."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    kw = {} if kwargs is None else kwargs

    def run():
        try:
            function(*args, **kw)
        except SystemExit:
            pass
        except BaseException:
            _report_unraisable(function)

    return _pyx_thread.start(run, True)


start_new = start_new_thread


def stack_size(size=0):
    if size:
        if size < 32768:
            raise ValueError("size not valid: %d bytes" % size)
        raise error("setting the thread stack size is not supported")
    return 0


def _check_acquire(blocking, timeout):
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return None
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


class LockType:
    """A lock: one holder at a time; any thread may release it.  A release
    hands the lock straight to the longest waiter (first come, first
    served), so a woken waiter never finds it taken again."""

    __slots__ = ("_locked", "_waiters", "__weakref__")

    def __init__(self):
        self._locked = False
        self._waiters = None

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout == 0:
            return False
        me = get_ident()
        waiters = self._waiters
        if waiters is None:
            waiters = self._waiters = []
        waiters.append(me)
        if _park(timeout):
            return True
        if me in waiters:
            waiters.remove(me)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        waiters = self._waiters
        while waiters:
            if _wake(waiters.pop(0)):
                return
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False
        self._waiters = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


LockType.__name__ = "lock"
LockType.__qualname__ = "lock"
lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A re-entrant lock: its holder may acquire it again; it is free once
    released as many times."""

    __slots__ = ("_block", "_owner", "_count", "__weakref__")

    def __init__(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        block = self._block
        if blocking is True and timeout == -1 and not block._locked:
            # A free lock taken without waiting: what block.acquire() does
            # then, without its two calls.
            block._locked = True
        elif not block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            block = self._block
            if block._waiters:
                block.release()
            else:
                # No waiter to hand it to: what block.release() does then.
                block._locked = False

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (state, owner, self._count, id(self))


class _localdummy:
    pass


def _local_dict(self):
    dicts = object.__getattribute__(self, "_local__dicts")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        args, kw = object.__getattribute__(self, "_local__args")
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


class _local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ("_local__dicts", "_local__args", "__weakref__")

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__args", (args, kw))
        # The creating thread's dict exists at once (without a second
        # __init__ call: the class call runs it).
        object.__getattribute__(self, "_local__dicts")[get_ident()] = {}
        return self

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__args"):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == "__dict__":
            return d
        cls = type(self)
        for k in cls.__mro__:
            if name in k.__dict__:
                attr = k.__dict__[name]
                if hasattr(type(attr), "__set__"):
                    return type(attr).__get__(attr, self, cls)
                break
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        for k in type(self).__mro__:
            if name in k.__dict__:
                attr = k.__dict__[name]
                if hasattr(type(attr), "__set__"):
                    return type(attr).__set__(attr, self, value)
                break
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        del d[name]


_local.__name__ = "_local"


def interrupt_main(signum=2):
    """Simulate the arrival of signal `signum`. pyx installs no signal
    handlers: SIGINT has Python's default one (KeyboardInterrupt), every
    other signal its default disposition, which Python does not act on."""
    if not isinstance(signum, int):
        index = getattr(type(signum), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(signum).__name__)
        signum = index(signum)
    if not 1 <= signum < 65:
        raise ValueError("signal number out of range")
    if signum == 2:
        raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit
