# config: max_steps=3000000
# expect: limit=steps
# The parser and compiler are natives too: compiling a 4 MB module is
# charged as fuel (a step per byte for each pass), not as one step.
src = "\n".join(f"x{i} = {i} + {i}" if i % 3 else f"def f{i}(a):\n    return a + {i}" for i in range(150000))
compile(src, "gen", "exec")
print("ESCAPED: compiled for free")
