r = range(10)
print(r[2:5])
print(r[10])
