"""Stand-in for test.support.script_helper, written for pyx: there are no
subprocesses under pyx, so every test that starts an interpreter skips."""
import unittest

_REASON = "no subprocesses under pyx"


def interpreter_requires_environment():
    return False


def assert_python_ok(*args, **env_vars):
    raise unittest.SkipTest(_REASON)


def assert_python_failure(*args, **env_vars):
    raise unittest.SkipTest(_REASON)


def spawn_python(*args, **kw):
    raise unittest.SkipTest(_REASON)


def run_python_until_end(*args, **env_vars):
    raise unittest.SkipTest(_REASON)


def kill_python(p):
    raise unittest.SkipTest(_REASON)


def make_script(script_dir, script_basename, source, omit_suffix=False):
    raise unittest.SkipTest("no file system under this run")


def make_zip_script(*a, **k):
    raise unittest.SkipTest("no file system under this run")
