a = list(range(1, 8))
k = 3
print(a[k:] + a[:k], a[-k:] + a[:-k])
print([a[i:i + 3] for i in range(0, len(a), 3)])
print(list(zip(a[::2], a[1::2])))
s = "abcdefghij"
print([s[i:i + 4] for i in range(0, len(s), 4)], s[1::3], s[::-4])
