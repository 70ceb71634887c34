# config: max_memory=256M max_time=60
# expect: limit=memory
# Every splitting method builds its pieces: sep splits, rsplit, splitlines.
s = "a\n" * 20_000_000
parts = s.split("\n")
lines = s.splitlines()
