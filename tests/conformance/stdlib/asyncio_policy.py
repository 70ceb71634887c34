# Event loop policies: the policy makes and keeps the current loop;
# set_event_loop_policy(None) restores a fresh default one; wrong types
# are refused with CPython's messages.
import asyncio

class Recording(asyncio.DefaultEventLoopPolicy):
    made = 0
    def new_event_loop(self):
        Recording.made += 1
        return super().new_event_loop()

asyncio.set_event_loop_policy(Recording())
print(isinstance(asyncio.get_event_loop_policy(), Recording))
loop = asyncio.new_event_loop()
print(Recording.made)
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(loop.run_until_complete(main()))
loop.close()

print(asyncio.run(main()), Recording.made)

asyncio.set_event_loop_policy(None)
p = asyncio.get_event_loop_policy()
print(isinstance(p, asyncio.AbstractEventLoopPolicy), isinstance(p, Recording))
print(p is asyncio.get_event_loop_policy())

for bad in (3, 'x', asyncio.AbstractEventLoop):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print('TypeError:', e)
try:
    asyncio.AbstractEventLoopPolicy().new_event_loop()
except NotImplementedError:
    print('NotImplementedError')
