class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(1)
print(b.shared, b.own)
a.count += 1
print(a.count, b.count, C.count, "count" in vars(a), "count" in vars(b))
C.count = 10
print(a.count, b.count)
del a.count
print(a.count)
C.new = "later"
print(a.new, b.new)
a.shared = ["rebound"]
print(a.shared, b.shared, C.shared)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
try:
    del b.shared
except AttributeError as e:
    print("AttributeError:", e)
