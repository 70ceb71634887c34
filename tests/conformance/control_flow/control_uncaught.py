total = 0
for v in [1, 2, None, 4]:
    total += v
print(total)
