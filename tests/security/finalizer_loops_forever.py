# config: max_steps=2000000 max_time=60
# expect: limit=steps
# A __del__ and a generator's finally block that never end run inside the
# interpreter's limits like any other code: the step limit stops them.
import gc
class Forever:
    def __del__(self):
        while True:
            pass
def stuck():
    try:
        yield 1
    finally:
        while True:
            pass
g = stuck(); next(g); del g
f = Forever(); del f
gc.collect()
print("ESCAPED")
