# types.CellType: the box a closure shares a variable through.
import types


def make():
    x = 1

    def get():
        return x
    return get


get = make()
cell = get.__closure__[0]
print(type(cell) is types.CellType, types.CellType.__name__)
print(cell.cell_contents)
cell.cell_contents = 42
print(get())
del cell.cell_contents
try:
    get()
except NameError as e:
    print("NameError", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)

c = types.CellType(35)
print(c.cell_contents, c == types.CellType(35), c != types.CellType(36))
e = types.CellType()
print(e == types.CellType(), e == c, e != c)
print(repr(e).startswith("<cell at 0x"), repr(e).endswith(": empty>"))
print(repr(c).startswith("<cell at 0x"), ": int object at 0x" in repr(c))
del e.cell_contents
e.cell_contents = [1]
print(e.cell_contents)
try:
    types.CellType(1, 2)
except TypeError as err:
    print("TypeError", err)
