import asyncio
class NotAwaitable:
    pass
class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"
async def main():
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError:", e)
    print(await Awaitable())
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with NotAwaitable():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
asyncio.run(main())
