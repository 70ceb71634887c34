from contextlib import asynccontextmanager, AsyncExitStack, aclosing
@asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name * 2
    finally:
        print("close", name)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")
async def main():
    async with res("a") as v:
        print("got", v)
    try:
        async with res("b"):
            raise ValueError("x")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(res("c")))
        st.callback(print, "sync cb")
    async with aclosing(agen()) as g:
        async for x in g:
            print(x)
            break
    return "done"
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
