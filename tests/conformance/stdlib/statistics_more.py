import statistics as st
from fractions import Fraction as F

print(st.mean([F(1, 2), F(1, 3)]), st.median([F(1, 2), F(1, 3)]), st.variance([F(1), F(2), F(4)]), st.pvariance([1, 2, 4]))
print(st.mean(range(1, 101)), st.median(range(10)), st.median_low(range(10)), st.median_high(range(10)))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0, 0, 0, 10]), st.variance([0.1, 0.2, 0.3]), st.mean([0.1, 0.2, 0.3]))
print(st.mode('aabbbc'), st.multimode([1, 1, 2, 2, 3]), st.mode([3.5, 3.5, 1]), st.fmean([F(1, 3), 2, 3.5]))
print(st.mean([True, False, True, True]), st.variance([1, 1, 1]), st.stdev([10**20, 10**20 + 2]), st.pstdev([F(1), F(3)]))
print(st.quantiles([1, 3, 5, 7, 9, 11, 13], n=4), st.quantiles([10, 20], n=5, method='inclusive'), st.harmonic_mean([1, 2, 4]))
