# config: default
# expect: ok
# The heap follows the live data, not the garbage made between collections
# A loop that keeps ~1000 small strings and makes millions of garbage ones.
# The collector used to schedule the next collection at twice the charged
# bytes, which include the slot table, and the table grew with the garbage
# made before each collection: after 2M iterations the heap was charged
# 72 MB and collected only above 145 MB (RSS 122 MB; CPython: 10 MB).
import _pyx_gc
counts = {}
for i in range(2 * 10**6):
    w = "w" + str(i % 1000)
    counts[w] = counts.get(w, 0) + 1
assert len(counts) == 1000 and sum(counts.values()) == 2 * 10**6
_pyx_gc.collect()
allocs, heap_bytes, next_collection = _pyx_gc.stats()
assert allocs > 3 * 10**6, allocs
assert heap_bytes < 8 << 20, heap_bytes
assert next_collection < 16 << 20, next_collection
print("done")
