# config: max_memory=256M max_time=60
# expect: limit=memory
# The parser and compiler hold host memory outside the heap while they
# run (about 80 bytes per byte of dense source): a 4 MB generated module
# would take the process past the cap. It is checked before parsing.
src = "\n".join(f"x{i} = {i} + {i}" if i % 3 else f"def f{i}(a):\n    return a + {i}" for i in range(150000))
compile(src, "gen", "exec")
print("ESCAPED: compiled past the memory cap")
