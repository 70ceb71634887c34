import asyncio
import unittest
from unittest.mock import AsyncMock, MagicMock, call


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(str(e)))
    else:
        print("ok", r)


async def main():
    am = AsyncMock(return_value=5)
    t(am.assert_not_awaited)
    r = await am(1, k=2)
    print(r, am.await_count, am.await_args, am.call_count)
    t(am.assert_awaited)
    t(am.assert_awaited_once)
    t(lambda: am.assert_awaited_with(1, k=2))
    t(lambda: am.assert_awaited_once_with(1, k=2))
    t(lambda: am.assert_any_await(1, k=2))
    t(lambda: am.assert_any_await(9))
    await am(3)
    t(am.assert_awaited_once)
    t(am.assert_not_awaited)
    print(am.await_args_list)
    se = AsyncMock(side_effect=[1, ValueError("boom")])
    print(await se())
    try:
        await se()
    except ValueError as e:
        print("ValueError", e)
    async def double(x):
        return x * 2
    fn = AsyncMock(side_effect=double)
    print(await fn(21))
    child = AsyncMock()
    print(type(child.method).__name__, type(child.__len__).__name__)
    am.reset_mock()
    print(am.await_count, am.await_args)
    coro = am()
    t(am.assert_not_awaited)
    await coro
    t(am.assert_awaited)


asyncio.run(main())


class AsyncCase(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.events = ["setup"]

    async def test_one(self):
        await asyncio.sleep(0)
        self.events.append("test")
        self.assertEqual(self.events, ["setup", "test"])

    async def test_fails(self):
        self.assertEqual(1, 2)


import io
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(AsyncCase))
print(result.testsRun, len(result.failures), len(result.errors))
