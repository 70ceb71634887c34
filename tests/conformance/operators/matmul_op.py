class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a)
a @= b
print(a)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
