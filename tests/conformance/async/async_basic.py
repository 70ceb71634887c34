import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print("results", x, y)
    return y * 2
print(asyncio.run(main()))
async def noop():
    pass
print(asyncio.run(noop()))
c = add(1, 1)
print(type(c).__name__)
print(asyncio.run(c))
