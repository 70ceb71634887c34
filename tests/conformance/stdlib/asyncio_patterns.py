import asyncio


async def fetch(i, log):
    await asyncio.sleep(0.001 * (5 - i))
    log.append(i)
    if i == 3:
        raise ValueError('bad item %d' % i)
    return i * i


async def main():
    log = []
    results = await asyncio.gather(*(fetch(i, log) for i in range(5)), return_exceptions=True)
    print([r if not isinstance(r, Exception) else repr(r) for r in results], log)

    sem = asyncio.Semaphore(2)
    order = []

    async def limited(i):
        async with sem:
            order.append(('start', i))
            await asyncio.sleep(0.001)
            order.append(('end', i))
            return i
    print(await asyncio.gather(*(limited(i) for i in range(4))), order)

    q = asyncio.Queue()
    results = []

    async def producer():
        for i in range(6):
            await q.put(i)
            await asyncio.sleep(0)
        for _ in range(2):
            await q.put(None)

    async def consumer(name):
        while True:
            item = await q.get()
            if item is None:
                break
            results.append((name, item))
    await asyncio.gather(producer(), consumer('c1'), consumer('c2'))
    print(sorted(results, key=lambda t: t[1]), len(results))

    async def slow():
        try:
            await asyncio.sleep(1)
            return 'done'
        except asyncio.CancelledError:
            print('slow cancelled')
            raise
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')

    async def raiser():
        await asyncio.sleep(0)
        raise KeyError('inner')
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print('propagated', e)

    ev = asyncio.Event()
    out = []

    async def waiter(n):
        await ev.wait()
        out.append(n)

    async def setter():
        await asyncio.sleep(0.002)
        ev.set()
    await asyncio.gather(waiter(1), waiter(2), setter())
    print(out)

    async def gen_numbers(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([x async for x in gen_numbers(4)], [x * 2 async for x in gen_numbers(3) if x])

    class AsyncCM:
        async def __aenter__(self):
            print('aenter')
            return 'res'

        async def __aexit__(self, *exc):
            print('aexit', exc[0])
            return True
    async with AsyncCM() as r:
        print('body', r)
        raise RuntimeError('swallowed')
    print('after')
    t = asyncio.create_task(asyncio.sleep(0, result='r'))
    t.add_done_callback(lambda fut: print('callback', fut.result()))
    await t
    await asyncio.sleep(0)
    names = []
    for i in range(3):
        tk = asyncio.create_task(asyncio.sleep(0), name='job-%d' % i)
        names.append(tk.get_name())
        await tk
    print(names)
    return 'ok'


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'direct')), loop.is_closed())
loop.close()
print(loop.is_closed())
