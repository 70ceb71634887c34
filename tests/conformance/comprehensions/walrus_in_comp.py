data = [1, 5, 2, 8, 3]
total = 0
running = [total := total + x for x in data]
print(running, total)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    vals = [last := n for n in range(5)]
    return vals, last
print(f())
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class C:\n    [z := 1 for _ in range(2)]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
