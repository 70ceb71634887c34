print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 + 3 % 4, 7 // 2 * 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), ~1 + 1, -~5, not 1 + 1, not 0 == 1)
print(1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 + 3, True + True * 2)
print(3 & 5 == 1, (3 & 5) == 1, 1 + 1 == 2 and 3 > 2 or False, not True or True)
print(-3 % 5, -(3 % 5), 2 * -3, 2 ** -2 * 4, - - 3, + - + 3)
x = 5
print(x if x > 3 else -x * 2, (lambda: 1 if False else 2)())
