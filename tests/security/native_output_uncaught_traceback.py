# config: max_output=1M max_memory=256M max_time=3
# expect: exception=ValueError
# The final uncaught traceback is output too: under a 1 MB output cap the
# host must not write a 20 MB message to stderr.
raise ValueError("x" * (20 << 20))
