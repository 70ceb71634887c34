items = ["b", "a", "c", "a", "b", "d"]
seen = set()
ordered = []
for it in items:
    if it not in seen:
        seen.add(it)
        ordered.append(it)
print(ordered, list(dict.fromkeys(items)), sorted(set(items)))
nums = [5, 3, 5, 1, 3, 9]
print(sorted(set(nums)), len(set(nums)), sorted(set(nums), reverse=True)[:2])
