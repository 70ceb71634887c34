# config: max_steps=200000 max_time=20
# expect: limit=steps
# Found by the diff fuzzer (fuzz/diff.py): `in` over an endless iterator
# (a class whose __getitem__ never raises IndexError, or itertools.count())
# and `filter` rejecting forever looped without spending steps, so
# neither the step nor the time limit ended them.
import itertools
print(-1 in itertools.count())
print("ESCAPED")
