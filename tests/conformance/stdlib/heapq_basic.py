import heapq, random
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [4, 1, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(2, [("a", 1), ("b", 3), ("c", 3)], key=lambda t: t[1]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge()))
h = []
for i, w in enumerate(["pear", "fig", "apple", "kiwi", "date"]):
    heapq.heappush(h, (len(w), i, w))
print([heapq.heappop(h)[2] for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
big = list(range(100, 0, -7)); heapq.heapify(big); print(big)
print([heapq.heappop(big) for _ in range(5)], big[:6])
