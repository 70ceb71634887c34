import asyncio
from unittest.mock import AsyncMock, MagicMock
class WithAsyncIterator(object):
    def __init__(self):
        self.items = ["foo", "NormalFoo", "baz"]
    def __aiter__(self):
        pass
    async def __anext__(self):
        pass
async def iterate(iterator):
    acc = []
    async for item in iterator:
        acc.append(item)
        if len(acc) > 5: return ("runaway", acc)
    return acc
for t in [AsyncMock, MagicMock]:
    m = t(WithAsyncIterator())
    print(asyncio.run(iterate(m)))
    m = t(WithAsyncIterator())
    m.__aiter__.return_value = ["FOO", "BAR"]
    print(asyncio.run(iterate(m)))
    m = t(WithAsyncIterator())
    m.__aiter__.return_value = iter(["FOO", "BAR"])
    print(asyncio.run(iterate(m)))
mock = MagicMock()
print(type(mock.__aiter__), type(mock.__anext__))
it = mock.__aiter__()
print(type(it))
