# config: max_memory=256M max_time=3
# expect: exception=ValueError
# A chain of exceptions that share one 8 MB message: the heap holds
# 8 MB, the traceback text of the chain would be 400 MB: it is cut short
# at the budget and the run ends with the exception.
s = "m" * (8 << 20)
e = None
for i in range(100):
    try:
        raise ValueError(s) from e
    except ValueError as x:
        e = x
raise e
