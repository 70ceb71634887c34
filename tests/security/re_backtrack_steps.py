# config: max_steps=1000000
# expect: limit=steps
# Catastrophic backtracking with re's own step bound off: every matcher
# instruction counts against the interpreter's step budget.
import re
re.STEP_LIMIT = None
re.search(r'(x+x+)+y', 'x' * 40)
