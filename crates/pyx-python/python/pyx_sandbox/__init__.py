"""pyx-sandbox: run Python code you do not trust, from Python.

    import pyx_sandbox as pyx

    it = pyx.Interpreter(max_memory=64 << 20, max_time=2.0,
                         functions={"double": lambda x: 2 * x})
    it.run("def f(a, b, key=0):\n    return a + b + key\nprint(double(21))")
    it.take_stdout()        # '42\\n'
    it.call("f", 2, 3, key=4)  # 9
    it.eval("1 + 1")        # 2

The sandbox is pyx, a capability-secure Python 3.11 interpreter written in
Rust: code in it reaches nothing but what the Interpreter was given
(functions, modules, directories), within the limits it was given. Values
cross by copy as plain data (None, bool, int, float, str, bytes, list,
tuple, dict, set, frozenset). Errors: ``Error`` > ``PythonError``
(``.type_name``, ``.message``, ``.traceback``) and ``LimitExceeded``
(``.limit``). The GIL is released while pyx runs.
"""

import asyncio as _asyncio
import functools as _functools

from ._native import (
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_OUTPUT,
    DEFAULT_MAX_TIME,
    Error,
    LimitExceeded,
    PythonError,
    __version__,
)
from ._native import Interpreter as _NativeInterpreter

#: Another name for :class:`PythonError`.
SandboxError = PythonError

__all__ = [
    "Interpreter",
    "Error",
    "PythonError",
    "SandboxError",
    "LimitExceeded",
    "DEFAULT_MAX_MEMORY",
    "DEFAULT_MAX_OUTPUT",
    "DEFAULT_MAX_TIME",
]


class Interpreter(_NativeInterpreter):
    """A sandboxed interpreter; see the module docstring.

    ``run_async``, ``eval_async`` and ``call_async`` run on a worker thread
    of the event loop's default executor; cancelling the awaiting task
    interrupts the sandboxed run.
    """

    async def _in_thread(self, fn, *args, **kwargs):
        loop = _asyncio.get_running_loop()
        fut = loop.run_in_executor(None, _functools.partial(fn, *args, **kwargs))
        try:
            return await _asyncio.shield(fut)
        except _asyncio.CancelledError:
            self.interrupt()
            try:
                await fut
            except Error:
                pass
            raise

    async def run_async(self, code, filename="<string>"):
        return await self._in_thread(self.run, code, filename)

    async def eval_async(self, expr):
        return await self._in_thread(self.eval, expr)

    async def call_async(self, name, *args, **kwargs):
        return await self._in_thread(self.call, name, *args, **kwargs)
