# _bisect and _heapq, the native halves of bisect and heapq: results, the
# list left behind, argument checks and error messages, and what happens
# when a comparison changes the heap.
import _bisect
import _heapq
import bisect
import heapq


def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


print(bisect.bisect_right is _bisect.bisect_right, heapq.heappush is _heapq.heappush)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
for f in (_bisect.bisect_left, _heapq.heapify, _heapq._heappop_max):
    print(f.__module__, f.__qualname__, f.__self__.__name__, f.__text_signature__)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))

# Searching.
data = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 2.5, 9):
    print(x, _bisect.bisect_left(data, x), _bisect.bisect_right(data, x),
          _bisect.bisect_left(data, x, 2, 5), _bisect.bisect_right(data, x, lo=1, hi=4))
print(_bisect.bisect_right(data, 2, 0, -1), _bisect.bisect_right(data, 2, 0, -5))
print(_bisect.bisect_left('acegi', 'd'), _bisect.bisect_right(range(0, 100, 3), 50), _bisect.bisect_left((1, 2), 2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))

# Insertion: a list directly, anything else through its insert method.
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_left(l, x)
print(l)
_bisect.insort_right(l, 3, key=None)
_bisect.insort_right(l, 7, 2)
print(l)
rl = [('x', 1), ('y', 4)]
_bisect.insort_left(rl, ('z', 2), key=lambda r: r[1])
print(rl)


class Logged(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)


g = Logged([1, 3])
_bisect.insort_left(g, 2)
_bisect.insort_right(g, 3)
print(g)


class Seq:
    """A sequence that records the positions it is asked for."""
    def __init__(self, n):
        self.n = n
        self.seen = []

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.seen.append(i)
        return i * 10


s = Seq(100)
print(_bisect.bisect_left(s, 421), s.seen)


class LenOnly:
    def __len__(self):
        return 3


class GetOnly:
    def __getitem__(self, i):
        return i


# Bad arguments.
for args in [({1: 2}, 1), (5, 1), ('abc', 1), (LenOnly(), 1), (GetOnly(), 1),
             ([1], 1, -1), ([1], 1, 'x'), ([1], 1, 2 ** 70), ([1, 2, 3], 2, 0, 10),
             ([1, 2, 3], 2, 1.0), ([1, 2, 3], 2, True, 2 ** 63), ([1, 2, 3], 2, 0, 'a'),
             ([1, 2, 3], 2, 0, 2.0), ([1], 1, 0, 1, 3), ([1],)]:
    show(_bisect.bisect_right, *args)
show(_bisect.insort_right, 5, 1)
show(_bisect.insort_left, (1, 2), 1)
show(_bisect.bisect_left, [1], 1, key=5)
show(_bisect.bisect_left, [1], 1, foo=1)
show(_bisect.insort_left, [1], 1, -2, key=len)

# Heaps.
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, x)
    print(h)
print([_heapq.heappop(h) for _ in range(3)], h)
print(_heapq.heapreplace(h, 6), h, _heapq.heappushpop(h, 0), h, _heapq.heappushpop(h, 10), h)
h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
_heapq.heapify(h)
print(h)
h = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(h)
print(h)
print(_heapq._heappop_max(h), h)
print(_heapq._heapreplace_max(h, 0), h)
big = list(range(5000, 0, -1))
_heapq.heapify(big)
print(big[:12], all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))


class Sub(list):
    pass


s = Sub([5, 3, 1])
_heapq.heapify(s)
print(s, type(s).__name__)

for f, args in [(_heapq.heappush, (5, 1)), (_heapq.heappop, (5,)), (_heapq.heapify, ((1,),)),
                (_heapq._heapify_max, ((1,),)), (_heapq.heapreplace, ((), 1)), (_heapq.heappushpop, ('', 1)),
                (_heapq.heappush, ([], 1, 2)), (_heapq.heappop, ([],)), (_heapq.heapreplace, ([], 1)),
                (_heapq._heapreplace_max, ([], 1)), (_heapq._heappop_max, ([],)), (_heapq.heappushpop, ([], 1)),
                (_heapq.heapify, ()), (_heapq.heappop, ([], 1))]:
    show(f, *args)
show(_heapq.heapify, x=[])
show(_heapq.heappush, [1, 'a'], 2)


class Clears:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

    def __repr__(self):
        return 'C%d' % self.v


heap = []
heap.extend(Clears(i, heap) for i in range(10))
show(_heapq.heappush, heap, Clears(5, heap))
heap = []
heap.extend(Clears(i, heap) for i in range(10))
show(_heapq.heappop, heap)
print(heap)


class Evil(int):
    def __lt__(self, o):
        heap.clear()
        return NotImplemented


heap = []
_heapq.heappush(heap, Evil(0))
show(_heapq.heappushpop, heap, 1)


class Swaps:
    """Reorders the heap (same length) while comparing."""
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.reverse()
        return self.v < other.v

    def __repr__(self):
        return 'S%d' % self.v


heap = []
heap.extend(Swaps(i, heap) for i in (4, 7, 1, 9, 3, 8))
_heapq.heapify(heap)
print(heap)
print(_heapq.heappop(heap), heap)
