# Async generators left unfinished: asyncio closes them, through the hooks
# of sys.set_asyncgen_hooks, when they are collected (the finalizer hook
# schedules aclose() on the loop) or when asyncio.run() shuts the loop
# down (shutdown_asyncgens). Their finally blocks may await.
import asyncio
import gc
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)
for bad in [dict(firstiter=5), dict(finalizer="x"), dict(firstiter=print, finalizer=3)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.get_asyncgen_hooks())


async def ticker(tag, log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append(tag + ": finally")
        await asyncio.sleep(0)
        log.append(tag + ": closed after an await")


keep = []


async def main():
    log = []
    # Kept alive past the end of main: closed by asyncio.run's shutdown.
    g = ticker("kept", log)
    keep.append((g, log))
    print(await g.__anext__(), await g.__anext__())
    # The loop's hooks are installed while it runs.
    first, final = sys.get_asyncgen_hooks()
    print(first.__name__, final.__name__)
    # Dropped mid-iteration: the finalizer hook hands it to the loop.
    async def drop():
        async for x in ticker("dropped", log):
            if x == 1:
                break
    await drop()
    gc.collect()
    for _ in range(5):
        await asyncio.sleep(0)
    print(log)
    # aclose() before the first step: the body never runs.
    g2 = ticker("never started", log)
    await g2.aclose()
    print(log)


asyncio.run(main())
g, log = keep[0]
print(log)
print(sys.get_asyncgen_hooks())

# Hooks of our own: firstiter sees every async generator on its first step.
seen = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__), finalizer=None)


async def numbers():
    yield 1
    yield 2


async def use():
    return [x async for x in numbers()]


print(asyncio.run(use()), seen)
sys.set_asyncgen_hooks(None, None)

# With no hooks, a collected async generator is closed like a generator.
out = []


async def plain():
    try:
        yield 1
    finally:
        out.append("plain finally")


def step_once():
    ag = plain()
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        out.append(e.value)


step_once()
gc.collect()
print(out)
