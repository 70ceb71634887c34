import asyncio
async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")
async def main():
    seen = []
    g0 = ticker()
    async for t in g0:
        seen.append(t)
        if t == 2:
            break
    await g0.aclose()
    print("after break", seen)
    g = ticker()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
asyncio.run(main())
