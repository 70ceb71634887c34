import asyncio
async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    try:
        await fail("boom")
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.gather(fail("g1"), asyncio.sleep(0))
    except ValueError as e:
        print("gather propagated", e)
    res = await asyncio.gather(fail("x"), ok_after_sleep(), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        async with Ctx():
            raise KeyError("inside")
    except KeyError as e:
        print("after ctx", repr(e))
async def ok_after_sleep():
    await asyncio.sleep(0)
    return "ok"
class Ctx:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return False
asyncio.run(main())
