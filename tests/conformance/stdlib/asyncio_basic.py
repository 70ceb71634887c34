import asyncio

log = []


async def worker(name, delay, result):
    log.append('start ' + name)
    await asyncio.sleep(delay)
    log.append('end ' + name)
    return result


async def main():
    r = await worker('direct', 0.01, 1)
    print('direct', r)
    t1 = asyncio.create_task(worker('a', 0.03, 'A'))
    t2 = asyncio.create_task(worker('b', 0.01, 'B'), name='second')
    print(t1.done(), t2.get_name(), t2.done())
    print(await t1, await t2, t1.done(), t1.result(), t2.cancelled())
    res = await asyncio.gather(worker('g1', 0.02, 1), worker('g2', 0.01, 2), worker('g3', 0, 3))
    print('gather', res)
    print('empty gather', await asyncio.gather())
    await asyncio.sleep(0)
    print(await asyncio.sleep(0.001, result='slept'))
    print(asyncio.current_task() is not None, asyncio.get_running_loop() is asyncio.get_event_loop())
    return 'main done'


print(asyncio.run(main()))
print(log)


async def order():
    out = []

    async def tick(n):
        for i in range(3):
            out.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(tick('x'), tick('y'), tick('z'))
    return out


print(asyncio.run(order()))


async def failing(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError('bad %d' % n)


async def gather_errors():
    r = await asyncio.gather(failing(1), asyncio.sleep(0, 'ok'), failing(2), return_exceptions=True)
    print([type(x).__name__ + ':' + str(x) for x in r])
    try:
        await asyncio.gather(failing(2), failing(1), asyncio.sleep(0.005))
    except ValueError as e:
        print('first error:', e)


asyncio.run(gather_errors())
print(asyncio.iscoroutine(main()), asyncio.iscoroutine(main), asyncio.iscoroutinefunction(main),
      asyncio.iscoroutinefunction(print))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v * 2


async def use_awaitable():
    a = await Awaitable(21)
    b = await asyncio.ensure_future(Awaitable(5))
    return a, b


print(asyncio.run(use_awaitable()))


async def nested():
    async def inner(x):
        await asyncio.sleep(0)
        return x + 1
    tasks = [asyncio.create_task(inner(i)) for i in range(5)]
    done = [await t for t in tasks]
    return done, sum(done)


print(asyncio.run(nested()))
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception),
      asyncio.TimeoutError is TimeoutError)
