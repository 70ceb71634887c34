"""pyx-specific re behaviour: the step bound and iterative matching."""
import re

# A catastrophic pattern stops with StepLimitError instead of running on.
saved = re.STEP_LIMIT
re.STEP_LIMIT = 20000
try:
    re.match(r'(a*)*b', 'a' * 40)
    raise AssertionError('expected StepLimitError')
except re.StepLimitError as e:
    assert isinstance(e, RuntimeError)
    assert 'step limit' in str(e), str(e)
try:
    re.search(r'(x+x+)+y', 'x' * 40)
    raise AssertionError('expected StepLimitError')
except re.StepLimitError:
    pass
# The budget is per search: many cheap matches in one call are fine.
assert len(re.findall('a', 'a' * 30000)) == 30000
re.STEP_LIMIT = None
assert re.match(r'(a*)*b', 'a' * 12) is None          # unbounded: finishes
re.STEP_LIMIT = saved

# Long inputs need no deep recursion (the matcher keeps its own stack).
n = 100000
assert re.match('a*', 'a' * n).end() == n
assert re.match('(?:ab)*', 'ab' * n).end() == 2 * n
assert re.match('(a|b)*c', 'ab' * (n // 2) + 'c').end() == n + 1
assert re.fullmatch(r'(?:\w+\s?)*', 'word ' * 20000) is not None
assert re.sub('x', 'y', 'x' * n) == 'y' * n
print('re-unit: ok')
