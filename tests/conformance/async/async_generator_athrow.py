import asyncio
async def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
async def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def main():
    a = g()
    print(await a.__anext__())
    await a.aclose()
    try:
        print(await a.aclose())
    except BaseException as e: print("2nd", type(e), e)
    try:
        print(await a.athrow(ValueError))
    except BaseException as e: print("3rd", type(e), e)
    b = g()
    try:
        await b.athrow(ValueError("v"))
    except BaseException as e: print("unstarted", type(e), e)
    print(await b.aclose())
    c = g()
    print(await c.asend(None))
    try:
        print(await c.athrow(KeyError, "k"))
    except BaseException as e: print("th", type(e), e)
    d = ign()
    await d.__anext__()
    try:
        await d.aclose()
    except BaseException as e: print("ign", type(e), e)
    e = g()
    async for x in e: pass
    try:
        await e.__anext__()
    except BaseException as ex: print("exh", type(ex), ex)
    try:
        await e.athrow(ValueError)
    except BaseException as ex: print("exh athrow", type(ex), ex)
    print(await e.aclose())
    async def h():
        try:
            yield 1
        except ValueError as ex:
            print("caught", ex)
            yield 5
        yield 6
    f = h()
    await f.__anext__()
    print(await f.athrow(ValueError("q")))
    aw = f.asend(None)
    print(await aw)
    try:
        await aw
    except BaseException as ex: print("reuse", type(ex), ex)
    aw = f.aclose()
    await aw
    try:
        await aw
    except BaseException as ex: print("reuse", type(ex), ex)
    print(type(f.aclose()).__name__, type(f.asend(None)).__name__, type(f.athrow(ValueError)).__name__)
    print(f.ag_running if hasattr(f, 'ag_running') else None)
asyncio.run(main())
