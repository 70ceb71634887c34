# config: max_memory=256M max_time=60
# expect: limit=memory
# Splitting a large string makes one object per piece.
s = "a " * 20_000_000
parts = s.split()
