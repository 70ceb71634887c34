s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(7), slice(-3, None).indices(10), slice(-100, 100).indices(4), slice(5, 1, -2).indices(3))
print("abcdefghij"[s], list(range(12))[slice(None, None, 3)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
class Show:
    def __getitem__(self, key):
        return key
x = Show()
print(x[1], x[1:2], x[::], x[1:2, 3], x[..., 1], x[:, None], x[1:2:3])
print(x["a":"b"], x[1.5:], x[()], x[(1,)])
