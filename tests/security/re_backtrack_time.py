# config: max_time=0.5
# expect: limit=time
# Catastrophic backtracking with re's own step bound off: the native
# matcher must still meet --max-time.
import re
re.STEP_LIMIT = None
re.match(r'(a*)*b', 'a' * 40)
