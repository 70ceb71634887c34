# config: max_memory=16M
# expect: ok
# Recursive coroutines (pyperformance's coroutines, scaled down)
# Each await of a coroutine used to resume it through a native call, and a
# collection inside such a call keeps everything older than it: with one
# nested call per await, almost none of the finished coroutines was freed,
# and the function (no loop, so no backward jump) had no safe point of its
# own either. fib(23) made 92k coroutines and needed ~70 MB.
async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)

for _ in range(2):
    coro = fibonacci(23)
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        assert e.value == 28657, e.value
print("done")
