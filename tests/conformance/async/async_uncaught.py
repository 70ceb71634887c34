import asyncio
async def main():
    await asyncio.sleep(0)
    raise RuntimeError("async failure")
print("start")
asyncio.run(main())
