print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
