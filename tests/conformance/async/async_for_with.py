import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self.name.upper()
    async def __aexit__(self, *exc):
        print("close", self.name)
        return True
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Resource("db") as r:
        print("using", r)
        raise RuntimeError("suppressed by aexit")
    print("after with")
    print([x async for x in Ticker(4) if x % 2 == 0])
asyncio.run(main())
