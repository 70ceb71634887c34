s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[::-1][10:]))
print(s[None:None:None], s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
k = 1.0
try:
    s[k]
except TypeError as e:
    print("TypeError:", e)
