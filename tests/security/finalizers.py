# config: default
# expect: ok
# A __del__ cannot outlive its interpreter: it has nowhere to run but here.
class Ghost:
    def __del__(self):
        print("GHOST RAN")
keep = []
for i in range(1000):
    g = Ghost()
    g.self = g
    keep.append(g)
__builtins__["ghost"] = Ghost()
print("done")
