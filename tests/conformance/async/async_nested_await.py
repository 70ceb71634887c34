import asyncio
async def leaf(n):
    await asyncio.sleep(0)
    return n
async def mid(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total
async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b
async def main():
    print(await mid(5), await fib(10))
    coros = [mid(i) for i in range(5)]
    print(await asyncio.gather(*coros))
asyncio.run(main())
