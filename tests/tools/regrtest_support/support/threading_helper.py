"""Stand-in for test.support.threading_helper, written for pyx: where
`threading` is missing, tests that need threads skip."""
import contextlib
import unittest

try:
    import threading
except ImportError:
    threading = None


def threading_setup():
    return (threading.active_count() if threading else 1,)


def threading_cleanup(*original_values):
    pass


def reap_threads(func):
    return func


def requires_working_threading(*, module=False):
    reason = "no threading module under pyx" if threading is None else None
    if module:
        if reason:
            raise unittest.SkipTest(reason)
        return None
    return unittest.skipIf(reason is not None, reason or "")


@contextlib.contextmanager
def wait_threads_exit(timeout=None):
    yield


def join_thread(thread, timeout=None):
    thread.join(timeout if timeout is not None else 30.0)
    if thread.is_alive():
        raise AssertionError("failed to join the thread in %s seconds" % timeout)


@contextlib.contextmanager
def start_threads(threads, unlock=None):
    threads = list(threads)
    started = []
    try:
        for t in threads:
            t.start()
            started.append(t)
        yield
    finally:
        try:
            if unlock:
                unlock()
        finally:
            for t in started:
                t.join(30.0)


class catch_threading_exception:
    def __init__(self):
        self.exc_type = self.exc_value = self.exc_traceback = self.thread = None
        self._old = None

    def _hook(self, args):
        self.exc_type = args.exc_type
        self.exc_value = args.exc_value
        self.exc_traceback = args.exc_traceback
        self.thread = args.thread

    def __enter__(self):
        if threading is not None and hasattr(threading, "excepthook"):
            self._old = threading.excepthook
            threading.excepthook = self._hook
        return self

    def __exit__(self, *exc_info):
        if self._old is not None:
            threading.excepthook = self._old
        self.exc_type = self.exc_value = self.exc_traceback = self.thread = None
