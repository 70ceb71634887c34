import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    results = await asyncio.gather(*(square(i) for i in range(6)))
    print(results, sum(results))
    pairs = await asyncio.gather(square(2), asyncio.gather(square(3), square(4)))
    print(pairs)
    total = 0
    for coro in [square(1), square(5)]:
        total += await coro
    print(total)
asyncio.run(main())
