r = range(0, 10, 2)
print(list(r))
print(list(range(0, 10, 0)))
