# config: max_memory=256M max_time=60
# expect: limit=memory
# list *= n grows the list in place.
l = [None] * 1000
l *= 10 ** 7
