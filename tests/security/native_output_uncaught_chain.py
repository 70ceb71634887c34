# config: max_output=1M max_memory=256M max_time=3
# expect: exception=KeyError
# A chained uncaught traceback with two big parts, under a 1 MB output cap.
try:
    raise ValueError("v" * (8 << 20))
except ValueError:
    {}["k" * (8 << 20)]
