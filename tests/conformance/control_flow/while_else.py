def search(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
search([1, 2, 3], 3)
search([1, 2, 3], 4)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while False:
    pass
else:
    print("else runs even with zero iterations")
