def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter()
print(c.send(None), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
try:
    c.send(None)
except StopIteration as e:
    print("again", e.value)
