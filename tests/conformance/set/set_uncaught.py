s = {1, 2, 3}
s.remove(2)
print(sorted(s))
s.remove(2)
