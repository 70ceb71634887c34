import asyncio
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
async def waits():
    await asyncio.sleep(0)
    return "x"
w = waits()
print(w.send(None))
try:
    w.send(None)
except StopIteration as e:
    print("finished with", e.value)
c2 = simple()
c2.close()
print("closed")
