def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    for i in range(len(s)):
        for p in perms(s[:i] + s[i + 1:]):
            yield s[i] + p
print(list(perms("abc")), len(list(perms("abcde"))))
def queens(n, row=0, cols=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)))
print([queens(n) for n in range(1, 7)])
