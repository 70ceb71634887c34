"""Stand-in for signal in the regression-test harness, written for pyx.

A sandboxed pyx interpreter gets no signals from the host, so installing
or reading a handler raises unittest.SkipTest: a test about signal
handlers is skipped with this reason. The numbers exist so that test
files that name them import."""
import unittest

_REASON = "no signals under pyx"

SIG_DFL = 0
SIG_IGN = 1
SIGINT = 2
SIGTERM = 15
NSIG = 65


def signal(signalnum, handler):
    raise unittest.SkipTest(_REASON)


def getsignal(signalnum):
    raise unittest.SkipTest(_REASON)


def raise_signal(signalnum):
    raise unittest.SkipTest(_REASON)


def default_int_handler(signalnum, frame):
    """What Ctrl-C does by default: raise KeyboardInterrupt."""
    raise KeyboardInterrupt
