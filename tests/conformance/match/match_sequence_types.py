def m(x):
    match x:
        case [a, b, *rest]:
            return f"seq a={a!r} b={b!r} rest={rest!r} ({type(rest).__name__})"
        case _:
            return f"no match for {type(x).__name__}"
from_collections = [[1, 2, 3], (1, 2), range(5), "abc", b"ab", bytearray(b"ab"), {1, 2}, {"a": 1, "b": 2}, iter([1, 2])]
for v in from_collections:
    print(m(v))
class SeqLike:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
print(m(SeqLike()))
