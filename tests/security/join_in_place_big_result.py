# config: max_memory=40M max_time=60
# expect: limit=memory
# `sep.join(list)` joins a list or tuple in place: the result's size (here
# 300 x 1 MB) is checked against the budget before anything is copied, so
# the program ends at the memory limit, not with 300 MB built.
big = "x" * (1024 * 1024)
parts = [big] * 300
r = "".join(parts)
print(len(r))
