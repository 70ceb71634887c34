def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
it = iter(range(10))
for x in it:
    if x == 3:
        break
print("resumed:", list(it))
