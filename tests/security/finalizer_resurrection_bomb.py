# config: max_memory=64M max_time=60
# expect: limit=memory
# Finalizers that resurrect their object and make new ones: each object is
# finalized once, everything kept is charged, and the memory limit ends it.
keep = []
class Phoenix:
    def __init__(self):
        self.payload = [0] * 10000
    def __del__(self):
        keep.append(self)
        Phoenix()
        Phoenix()
n = 0
while True:
    Phoenix()
    n += 1
