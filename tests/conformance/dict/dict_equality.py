print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "a"} == {1.0: "a"}, {} == {}, {"a": [1]} == {"a": [1]})
print({"a": 1} != {"a": 2}, {"a": 1} == {"a": 1, "b": 2}, dict(a=1) == {"a": 1})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
n = float("nan")
print({n: 1} == {n: 1}, {1: n} == {1: n})
