a = ["a", "b", "c", "d"]
print(a[-1], a[-4], a[-2:], a[:-2], a[-3:-1])
a[-1] = "D"
print(a)
del a[-2]
print(a)
a.insert(-1, "x")
print(a, a.pop(-2), a)
try:
    a[-10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-10] = 1
except IndexError as e:
    print("IndexError:", e)
