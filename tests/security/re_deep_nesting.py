# config: max_time=10
# expect: ok
# Deeply nested patterns never overflow the Rust stack: a clear Python
# exception or a correct answer.
import re
for n in (50, 150, 250, 5000):
    for pat in ('(' * n + 'a' + ')' * n, '(?:' * n + 'a' + ')' * n,
                '(?=' * n + 'a' + ')' * n, '(?>' * n + 'a' + ')' * n,
                '(?<=' * n + 'a' + ')' * n + 'b'):
        try:
            m = re.search(pat, 'xab')
            print(n, pat[:4], m and m.span())
        except (RecursionError, re.error) as e:
            print(n, pat[:4], type(e).__name__)
print("done")
