s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in list(s):
    if x % 2:
        s.discard(x)
print(sorted(s))
s = set(range(10))
removed = []
while s:
    removed.append(s.pop())
print(sorted(removed), s)
