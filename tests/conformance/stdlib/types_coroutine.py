# types.coroutine: a generator function's generators become awaitable;
# other callables are wrapped; non-callables are refused.
import types, asyncio

@types.coroutine
def sleep0():
    got = yield 'tick'
    return got

async def main():
    a = await sleep0()
    b = await sleep0()
    return a, b

c = main()
print(c.send(None))
print(c.send('first'))
try:
    c.send('second')
except StopIteration as e:
    print('returned', e.value)

def plain():
    yield 1
print(types.coroutine(plain) is plain)
print(type(plain()).__name__)

async def native():
    return 3
print(types.coroutine(native) is native)

class GenLike:
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration(self.n)
        return self.n
    def throw(self, *a): raise a[0]
    def close(self): pass
    def __next__(self): return self.send(None)
    def __iter__(self): return self

wrapped = types.coroutine(lambda: GenLike())
async def use():
    return await wrapped()
c = use()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)

print(types.coroutine(lambda: 7)())
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError:', e)

def not_marked():
    yield 1
async def bad():
    await not_marked()
try:
    bad().send(None)
except TypeError as e:
    print('TypeError:', e)

async def run_in_loop():
    return await sleep_in_loop()
@types.coroutine
def sleep_in_loop():
    yield
    return 'done'
print(asyncio.run(run_in_loop()))
