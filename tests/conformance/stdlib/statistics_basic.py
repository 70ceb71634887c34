import statistics as st
from fractions import Fraction as F

datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 4)],
            [1, 2.5, F(1, 2)], [0.1] * 7, [1e100, 1, -1e100, 3], [-5, -1, 0, 3, 3, 8],
            [True, False, True], [10**30, 10**30 + 1, 10**30 + 5], [1.0, 1.0, 1.0],
            [3.14159, 2.71828, 1.41421, 1.73205, 2.23606]]
for d in datasets:
    out = []
    for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode',
               'variance', 'pvariance', 'stdev', 'pstdev', 'harmonic_mean'):
        try:
            out.append('%s=%r' % (fn, getattr(st, fn)(d)))
        except (st.StatisticsError, TypeError, ValueError) as e:
            out.append('%s!%s:%s' % (fn, type(e).__name__, e))
    print(d)
    print('  ' + '\n  '.join(out))
print(st.mode(['a', 'b', 'b', 'c']), st.multimode('aabbbccccddddd'), st.multimode(''), st.mode([1, 1, 2, 2]))
print(st.median(['b', 'a', 'c']), st.median_low('dcba'), st.median_high('dcba'))
for fn, arg in [('mean', []), ('median', []), ('mode', []), ('variance', [1]), ('stdev', [1]),
                ('pvariance', []), ('pstdev', []), ('fmean', []), ('harmonic_mean', [])]:
    try:
        getattr(st, fn)(arg)
    except st.StatisticsError as e:
        print(fn, 'StatisticsError:', e)
print(issubclass(st.StatisticsError, ValueError))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]),
      st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.quantiles([1.5, 2.5, 10.0], n=3), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]),
      st.harmonic_mean([40, 60], weights=[5, 30]))
try:
    st.harmonic_mean([1, -2])
except st.StatisticsError as e:
    print('StatisticsError:', e)
import random
rng = random.Random(7)
vals = [rng.random() * 100 for _ in range(200)]
print(st.mean(vals), st.stdev(vals), st.variance(vals), st.median(vals))
