# config: max_memory=64M max_time=60
# expect: limit=memory
# A big non-ASCII subject and a repeat whose backtrack stack grows with
# every character: the stack is charged against the memory budget.
import re
re.STEP_LIMIT = None
s = '\xe9' * (1 << 21)
re.match(r'(?:(\xe9)|x)*y', s)
