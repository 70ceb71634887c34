data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), max(nums, key=abs))
print(sorted([3.5, 1, 2.25, True, 0]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([], reverse=True))
x = [[3, 1], [1, 2], [3, 0], [1]]
x.sort()
print(x)
stable = sorted(range(20), key=lambda n: n % 3)
print(stable)
print(sorted(range(20), key=lambda n: n % 3, reverse=True))
