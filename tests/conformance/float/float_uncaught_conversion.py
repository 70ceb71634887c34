values = ["1.5", "2.25", "three"]
total = 0.0
for v in values:
    total += float(v)
    print(total)
