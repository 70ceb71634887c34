# config: max_time=0.5
# expect: limit=time
# Compiling generated modules again and again ends at the deadline: the
# compiler is linear in the source (it was quadratic in the number of
# constants) and the interrupt flag is polled before each pass.
src = "\n".join(f"x{i} = {i} + {i}" if i % 3 else f"def f{i}(a):\n    return a + {i}" for i in range(50000))
while True:
    exec(compile(src, "gen", "exec"), {})
