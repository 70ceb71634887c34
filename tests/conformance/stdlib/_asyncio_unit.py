"""pyx-specific asyncio behaviour: the virtual clock and deadlock detection."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(3600)                     # an hour of virtual time
    assert loop.time() - t0 == 3600, loop.time()
    order = []

    async def after(d, tag):
        await asyncio.sleep(d)
        order.append((loop.time() - t0, tag))
    await asyncio.gather(after(3, 'c'), after(1, 'a'), after(2, 'b'))
    assert order == [(3601, 'a'), (3602, 'b'), (3603, 'c')], order
    try:
        await asyncio.wait_for(asyncio.sleep(10 ** 9), 5)
        raise AssertionError('expected timeout')
    except TimeoutError:
        pass
    assert loop.time() - t0 == 3608
    return 'done'


assert asyncio.run(main()) == 'done'


async def stuck():
    await asyncio.get_running_loop().create_future()   # never resolved


try:
    asyncio.run(stuck())
    raise AssertionError('expected deadlock error')
except RuntimeError as e:
    assert 'deadlock' in str(e), e
print('asyncio-unit: ok')
