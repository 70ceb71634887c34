class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        return self.data[idx]
    def __len__(self):
        return len(self.data)
    def __setitem__(self, idx, v):
        print("setitem", idx, v)
    def __delitem__(self, idx):
        print("delitem", idx)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[1:5], s[::-2], s[-1], s[1:5][::2], len(s[::3]))
s[1:2] = "x"
s[::2] = [1]
del s[::-1]
del s[1:]
print(slice(1, 5, 2).indices(3), slice(None, None, -2).indices(5), slice(-10, 10).indices(4))
