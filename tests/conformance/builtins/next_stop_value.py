# next(it) lets the StopIteration a class raises (and its value) through;
# a default replaces only StopIteration.
class G:
    def __next__(self): raise StopIteration(42)
try: next(G())
except StopIteration as e: print(e.value, e.args)
def gen():
    return 5
    yield
try: next(gen())
except StopIteration as e: print(e.value, e.args)
class H:
    def __next__(self): raise StopIteration
print(next(H(), 'dflt'))
class K:
    def __next__(self): raise ValueError('x')
try: next(K(), 1)
except ValueError as e: print('VE', e)
print(next(iter([]), 9))
