"""Python unit testing framework, as CPython 3.11's `unittest` (written
for pyx from CPython's documentation).

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def testAdd(self):
            self.assertEqual((1 + 2), 3)

    if __name__ == '__main__':
        unittest.main()

Differences, by design: tracebacks in reports leave out this package's
frames by file name (no frames to mark); there is no test discovery (it
would need to list directories) and no Ctrl-C handler; run times are
0.000s unless the host grants a clock.  See `unittest.mock`'s docstring
for its differences.
"""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
           "getTestCaseNames", "makeSuite", "findTestCases"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult


def __getattr__(name):
    if name == "IsolatedAsyncioTestCase":
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
