# config: max_memory=64M max_time=10
# expect: ok
# Found by the `run` fuzzer (fuzz/): int.__round__ with ndigits = -2**63
# negated an i64 and overflowed (a Rust panic). Rounding to more digits
# than the number has is 0, computed without building 10**-ndigits.
assert round(5, -2**63) == 0
assert round(-7, -(2**63 - 1)) == 0
assert round(10**20000, -15000) == 10**20000
assert round(3 * 10**15000 + 1, -15000) == 3 * 10**15000
assert round(25, -1) == 20 and round(35, -1) == 40 and round(-25, -1) == -20
assert round(7, -30) == 0
try:
    round(5, -2**64)
except OverflowError:
    pass
print("done")
