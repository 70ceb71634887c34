import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError('job %s failed' % name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.002))
        t2 = tg.create_task(job('b', 0.001))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            ok = tg.create_task(job('ok', 0.001))
            tg.create_task(job('x', 0.002, fail=True))
            tg.create_task(job('y', 0.05, fail=True))
            long = tg.create_task(job('long', 1))
    except* ValueError as eg:
        print('caught', sorted(str(e) for e in eg.exceptions), ok.result(), long.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('z', 0.001, fail=True))
            await asyncio.sleep(1)
    except* ValueError as eg:
        print('body cancelled too', len(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('q', 0.01))
            raise KeyError('from body')
    except* KeyError as eg:
        print('body error', eg.exceptions)
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(asyncio.sleep(0.001 * (5 - i), result=i)).add_done_callback(lambda t: results.append(t.result()))
    print(results)
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job('slow', 1))
    except TimeoutError:
        print('group timed out')


asyncio.run(main())
