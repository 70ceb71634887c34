"""TestCase whose test methods may be coroutines, each run by asyncio."""

import asyncio

from .case import TestCase

__unittest = True


def _is_coroutine(obj):
    return hasattr(obj, "__await__") and hasattr(obj, "send")


class IsolatedAsyncioTestCase(TestCase):
    """asyncSetUp/asyncTearDown and coroutine test methods run on an event
    loop of their own for each test."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    def _call_maybe_async(self, func, *args, **kwargs):
        result = func(*args, **kwargs)
        if _is_coroutine(result):
            return asyncio.run(result)
        return result

    def _callSetUp(self):
        self.setUp()
        self._call_maybe_async(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._call_maybe_async(method) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._call_maybe_async(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._call_maybe_async(function, *args, **kwargs)
