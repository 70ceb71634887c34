d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = [1, 2, 3, 4, 5, 6]
s[:] = [x for x in s if x % 3]
print(s)
queue = [1]
seen = []
while queue:
    n = queue.pop()
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(sorted(set(seen)))
