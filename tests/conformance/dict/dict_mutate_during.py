d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
for k in d:
    d[k] = 99
print(d)
d = {"a": 1}
try:
    for k, v in d.items():
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
