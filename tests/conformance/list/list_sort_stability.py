people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(by_age, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
