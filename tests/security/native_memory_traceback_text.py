# config: max_memory=256M max_time=3
# expect: limit=memory
# A chain of 2000 exceptions that share one 1 MB message: the heap holds
# 1 MB, the traceback text of the chain would be 2 GB.
s = "m" * (1 << 20)
e = None
for i in range(2000):
    try:
        raise ValueError(s) from e
    except ValueError as x:
        e = x
raise e
