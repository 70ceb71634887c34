a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print({} | {}, a | {}, {**a, **b} == a | b)
