# uuid1 without a clock_seq takes 14 bits from the `random` module's shared
# generator, as CPython does: seeding `random` repeats the clock sequence.
import random
import uuid

random.seed(12345)
a = uuid.uuid1(node=0x123456789ABC)
random.seed(12345)
b = uuid.uuid1(node=0x123456789ABC)
print(a.clock_seq == b.clock_seq, a.clock_seq)
random.seed(12345)
print(random.getrandbits(14) == a.clock_seq)
c = uuid.uuid1(node=1, clock_seq=5317)
print(c.clock_seq, c.node, c.version, c.variant)
