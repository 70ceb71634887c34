def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi, minmax("hello"))
def stats(*nums):
    n = len(nums)
    mean = sum(nums) / n
    return n, mean, (min(nums), max(nums))
count, mean, (mn, mx) = stats(2, 4, 6)
print(count, mean, mn, mx)
t = 1,
print(t, len(t), type(t).__name__)
print(tuple(zip(*[(1, 2), (3, 4)])), divmod(17, 5))
