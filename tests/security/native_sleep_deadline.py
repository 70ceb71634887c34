# config: max_memory=64M max_time=0.5
# expect: limit=time
# time.sleep waits on the host clock but counts against --max-time: the
# deadline ends it (no `except` or `finally` can keep it going).
import time
try:
    time.sleep(1000)
finally:
    time.sleep(1000)
print("ESCAPED: finished")
