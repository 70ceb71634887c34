for i in range(3):
    pass
print(i)
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
lst = [1, 2, 3]
for x in lst:
    x += 10
print(lst)
for idx in range(len(lst)):
    lst[idx] += 10
print(lst)
for ch in "ab":
    for ch in "xy":
        pass
print(ch)
