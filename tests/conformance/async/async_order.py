import asyncio
async def step(name, n, log):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)
async def main():
    log = []
    await asyncio.gather(step("x", 2, log), step("y", 3, log))
    print(log)
    log.clear()
    async def main_step():
        log.append(("main", 0))
        await asyncio.sleep(0)
        log.append(("main", 1))
    await asyncio.gather(main_step(), step("t", 2, log), main_step())
    print(log)
asyncio.run(main())
