# config: max_memory=256M max_time=60
# expect: limit=memory
# A set comprehension grows one table without bound.
s = {i * 3 for i in range(10 ** 9)}
