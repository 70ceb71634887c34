"""The `_thread` interface for an interpreter that has one thread.

A pyx interpreter runs one thread of Python and cannot start another
(threads would be authority the host did not grant), so this module gives
the primitives their single-thread meaning: `get_ident()` is constant, and
a lock that is already held cannot be acquired again without deadlock,
which becomes an error instead of a hang.
"""

TIMEOUT_MAX = float(2 ** 31)

error = RuntimeError


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("pyx interpreters cannot start threads")


start_new = start_new_thread


def stack_size(size=0):
    if size:
        raise error("setting the thread stack size is not supported")
    return 0


class LockType:
    """A lock: `acquire` of a held lock fails at once unless blocking, in
    which case it could never succeed in one thread."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if blocking and timeout == -1:
            raise RuntimeError("deadlock: lock already held by the only thread")
        return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object>" % state


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A re-entrant lock (held by the only thread, any number of times)."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit
