a = list(range(10))
cases = [(None, None, None), (2, 7, None), (None, None, 2), (None, None, -1), (-3, None, None), (None, -3, None), (8, 2, -2),
         (-1, -10, -3), (100, None, -1), (None, 100, 3), (-100, 3, None), (5, 5, None), (7, 3, None), (3, 7, -1), (None, None, -4), (1, -1, 2)]
for s in cases:
    print(s, a[slice(*s)])
print(a[::11], a[-1::-11], a[0:0:-1], a[9:0:-1], a[9::-1] == a[::-1])
