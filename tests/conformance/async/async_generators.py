import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
async def main():
    out = []
    async for v in agen(5):
        out.append(v)
    print(out)
    g = agen(3)
    print(await g.__anext__(), await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(agen(1)).__name__)
    print({k: v async for k, v in pairs()})
async def pairs():
    yield "a", 1
    yield "b", 2
asyncio.run(main())
