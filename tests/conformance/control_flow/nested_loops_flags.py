grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            found = (r, c)
            break
    if found:
        break
print(found)
count = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(10):
        if j > i:
            break
        count += 1
print(count)
k = 10
while k:
    k -= 3
    if k < 0:
        print("negative", k)
        break
