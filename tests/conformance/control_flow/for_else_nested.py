for i in range(2, 20):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        print(i, end=" ")
print()
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("continue does not skip else")
