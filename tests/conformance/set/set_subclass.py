class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags()
t.add_all(3, 1, 2)
print(sorted(t), type(t).__name__, type(t | {9}).__name__, isinstance(t, set))
class FS(frozenset):
    pass
f = FS([1, 2])
print(sorted(f), type(f).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])))
print(type(f & {1}).__name__, type(frozenset() | f).__name__)
