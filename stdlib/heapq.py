"""Heap queue algorithm (a.k.a. priority queue), pyx implementation.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The sift procedures below leave the list in the same state as CPython's, so
programs observing the list see identical results.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Move the smaller child up until reaching a leaf, then bubble the item
    # back toward the root (fewer comparisons on average).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return result


def heappushpop(heap, item):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    _check(x)
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return result
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (stable), lazily:
    one item of each input is held at a time.

    >>> list(merge([1, 4, 9], [2, 3, 10], [5]))
    [1, 2, 3, 4, 5, 9, 10]
    >>> list(merge(['pear', 'fig'], ['banana', 'kiwi'], key=len, reverse=True))
    ['banana', 'pear', 'kiwi', 'fig']
    >>> list(merge([], [7], []))
    [7]
    """
    heap = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append(_Entry(key(value) if key else value, order * sign,
                               value, it, reverse))
            break
    if reverse:
        _heapify_max(heap)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(heap)
        pop, replace = heappop, heapreplace
    while heap:
        top = heap[0]
        yield top.value
        for value in top.it:
            replace(heap, _Entry(key(value) if key else value, top.order,
                                 value, top.it, reverse))
            break
        else:
            pop(heap)


class _Entry:
    __slots__ = ('k', 'order', 'value', 'it', 'rev')

    def __init__(self, k, order, value, it, rev):
        self.k = k
        self.order = order
        self.value = value
        self.it = it
        self.rev = rev

    def __lt__(self, other):
        if self.k < other.k:
            return True
        if other.k < self.k:
            return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """Equivalent to: sorted(iterable, key=key)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Equivalent to: sorted(iterable, key=key, reverse=True)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


# The native functions, when the interpreter has them (as CPython's _heapq).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapify_max, _heappop_max, _heapreplace_max
except ImportError:
    pass
