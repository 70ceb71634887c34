import asyncio, contextlib
@contextlib.asynccontextmanager
async def cm(tag):
    print("enter", tag)
    try:
        yield tag
    except KeyError as e:
        print("cm caught", e)
    finally:
        print("exit", tag)
@contextlib.asynccontextmanager
async def bad():
    try:
        yield
    except ValueError:
        yield
async def gen():
    try:
        for i in range(3):
            x = yield i
            print("got", x)
            await asyncio.sleep(0)
    except GeneratorExit:
        print("GE")
        raise
async def main():
    async with cm("a") as t:
        print("body", t)
    async with cm("b"):
        raise KeyError("k")
    try:
        async with bad():
            raise ValueError
    except RuntimeError as e:
        print("RE", e)
    try:
        async with cm("c"):
            raise TypeError("t")
    except TypeError as e:
        print("TE", e)
    g = gen()
    print(await anext(g), await g.asend("s"), await g.asend("t"))
    try:
        await g.asend("u")
    except StopAsyncIteration:
        print("end")
    g = gen()
    print(await anext(g))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("VE", e)
    print(await anext(g, "dflt"))
    g = gen()
    async for v in g:
        if v == 1: break
    await g.aclose()
    await g.aclose()
    async with contextlib.aclosing(gen()) as g2:
        async for v in g2:
            print("v", v)
            break
    g = gen()
    aw = g.__anext__()
    try: aw.send(5)
    except TypeError as e: print("TE", e)
asyncio.run(main())
