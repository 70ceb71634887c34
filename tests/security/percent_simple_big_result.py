# config: max_memory=40M max_time=60
# expect: limit=memory
# `"%s" * n % args` with bare %s directives takes a fast path that lays the
# result out at once: its size (here 1000 x 1 MB) is checked against the
# budget before it is built, so the program ends at the memory limit.
big = "x" * (1024 * 1024)
n = 1000
r = ("%s" * n) % ((big,) * n)
print(len(r))
