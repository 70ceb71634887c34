from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), len(list(product("abc", "de", repeat=2))))
print(list(permutations("ABC", 2)), list(permutations(range(3))))
print(list(permutations("AB", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print("ValueError", e)
try:
    list(product("a", repeat=-1))
except ValueError as e:
    print("ValueError", e)
