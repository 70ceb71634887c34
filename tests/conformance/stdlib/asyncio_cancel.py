import asyncio


async def long_job(log):
    try:
        log.append('job started')
        await asyncio.sleep(10)
        log.append('job finished')
    except asyncio.CancelledError as e:
        log.append('job cancelled %r' % (e.args,))
        raise
    finally:
        log.append('job cleanup')


async def main():
    log = []
    t = asyncio.create_task(long_job(log))
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('caught cancel', t.cancelled(), t.done())
    print(log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')

    log = []
    t = asyncio.create_task(long_job(log))
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled before start', e.args, log)

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    async def quick():
        return 5
    t = asyncio.create_task(quick())
    print(await asyncio.wait_for(t, 1), await asyncio.wait_for(quick(), None))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__cause__).__name__)
    log = []
    try:
        await asyncio.wait_for(long_job(log), 0.01)
    except TimeoutError:
        print('timeout2', log)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print('timeout zero')

    g = asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())

    f = asyncio.get_running_loop().create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.set_result(3)
    print(f.result(), f.exception(), f.done(), f.cancel())
    try:
        f.set_result(4)
    except asyncio.InvalidStateError:
        print('already set')
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(KeyError('k'))
    print(repr(f2.exception()))
    got = []
    f3 = asyncio.get_running_loop().create_future()
    f3.add_done_callback(lambda fut: got.append(fut.result()))
    asyncio.get_running_loop().call_later(0.01, f3.set_result, 'later')
    print(await f3, got)
    await asyncio.sleep(0)
    print(got)

    inner = asyncio.create_task(asyncio.sleep(0.01, 'shielded'))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(outer.cancelled(), await inner)

    async def after(d, v):
        await asyncio.sleep(d)
        return v
    tasks = [asyncio.create_task(after(d, v)) for d, v in [(0.03, 'c'), (0.01, 'a'), (0.02, 'b')]]
    print([await c for c in asyncio.as_completed(tasks)])
    tasks = [asyncio.create_task(after(d, v)) for d, v in [(0.03, 'c'), (0.01, 'a'), (0.02, 'b')]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(after(1, 'x'))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout context expired')
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('not expired', cm.expired())


asyncio.run(main())


async def leftover():
    async def forever(log):
        try:
            await asyncio.sleep(100)
        finally:
            log.append('cleaned')
    log = []
    asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    return log


log = asyncio.run(leftover())
print('after run', log)


async def taskgroup():
    async def ok(v):
        await asyncio.sleep(0.001)
        return v

    async def bad():
        await asyncio.sleep(0.002)
        raise KeyError('boom')
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2))
    print('taskgroup', a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            slow = tg.create_task(asyncio.sleep(10))
            tg.create_task(bad())
    except* KeyError as eg:
        print('eg', [repr(e) for e in eg.exceptions], slow.cancelled())


asyncio.run(taskgroup())
