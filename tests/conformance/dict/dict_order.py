d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d))
d["a"] = "updated"
print(list(d.items()))
del d["z"]
d["z"] = "back"
print(list(d))
d.pop("m")
d["m"] = 0
print(list(d), d)
nums = {i: i * i for i in [5, 3, 9, 1]}
print(nums, list(reversed(nums)), list(reversed(nums.items())), list(reversed(nums.values())))
print({**{"a": 1, "b": 2}, "a": 3}, {"a": 3, **{"a": 1, "b": 2}})
