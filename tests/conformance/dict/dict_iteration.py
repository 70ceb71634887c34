d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
print(sum(d.values()), max(d), min(d.items(), key=lambda kv: kv[1]), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
it = iter(d)
print(next(it), list(it))
print(list(zip(d, d.values())), dict(sorted(d.items())))
