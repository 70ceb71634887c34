class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(zip([1], [2])))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), list(reversed([1, 2, 3])), list(enumerate("ab", 1)))
print(list.__name__, type([]).__name__, isinstance([], list), list is type([]))
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), type(m).__name__, type(m + [5]).__name__, type(m[1:]).__name__, m == [1, 2, 3, 4])
