values = [3, 8, 1]
if (count := len(values)) and (biggest := max(values)) > 5:
    print(count, biggest)
print((x := 2) ** (y := 3), x, y)
print([z := 1, z + 1], z)
print(not (w := 0), w)
def f(v):
    return (r := v * 2) + r
print(f(5))
