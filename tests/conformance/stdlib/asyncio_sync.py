import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)
        await asyncio.sleep(0)


async def queues():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.full(), q.maxsize)
    await q.join()
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    q = asyncio.Queue()
    done = []

    async def work(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * item)
            done.append((name, item))
            q.task_done()
    for i in [3, 1, 2, 1]:
        q.put_nowait(i)
    workers = [asyncio.create_task(work('w%d' % k)) for k in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    print(sorted(done, key=lambda x: x[1]), len(done))


async def locks():
    lock = asyncio.Lock()
    out = []

    async def critical(name):
        async with lock:
            out.append(name + ' in')
            await asyncio.sleep(0.001)
            out.append(name + ' out')
    print(lock.locked())
    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print(out, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    print(lock.locked())
    lock.release()

    ev = asyncio.Event()
    seen = []

    async def waiter(n):
        await ev.wait()
        seen.append(n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), seen)
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set(), seen, await ev.wait())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print('peak', max(peak), sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    cond = asyncio.Condition()
    items = []

    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    async def prod():
        await asyncio.sleep(0.001)
        async with cond:
            items.append('thing')
            cond.notify()
    r = await asyncio.gather(cons(), prod())
    print('condition', r)


asyncio.run(queues())
asyncio.run(locks())
