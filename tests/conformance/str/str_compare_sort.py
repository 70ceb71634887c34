words = ["banana", "Apple", "cherry", "apple", "Banana", "ápple", "a", "", "Z", "zz"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words), min(words), max(words, key=len))
print("a" < "b" < "c", "abc" <= "abc", "abc" >= "abd", "ä" > "z")
