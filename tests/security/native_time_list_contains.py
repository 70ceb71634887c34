# config: max_memory=256M max_time=1
# expect: limit=time
# `x in list`, list.index and tuple.count over big operands.
l = list(range(4_000_000))
t = tuple(l)
while True:
    -1 in l
    l.index(3_999_999)
    t.count(-1)
