"""Stand-in for subprocess in the regression-test harness, written for pyx.

pyx runs no processes (a sandboxed interpreter gets no capability to start
one), so every call that would start a process raises unittest.SkipTest:
a test that spawns an interpreter or a command is skipped with this reason
rather than counted as a failure. The names tests only read (PIPE,
CalledProcessError, ...) exist so that test files import."""
import unittest

_REASON = "no subprocesses under pyx"

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


def _no_process(*args, **kwargs):
    raise unittest.SkipTest(_REASON)


class Popen:
    def __init__(self, *args, **kwargs):
        raise unittest.SkipTest(_REASON)


run = call = check_call = check_output = getoutput = getstatusoutput = _no_process

