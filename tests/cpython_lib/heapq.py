# CPython's Lib `heapq` (or pyx's own, which wins) imported and used.
import heapq
h=[5,1,4,2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2,[3,9,1,7]), list(heapq.merge([1,4],[2,3])))
