class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "default"), hasattr(c, "x"), hasattr(c, "nope"))
setattr(c, "y", 2)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("ab", "upper")(), hasattr(None, "__class__"))
setattr(C, "new_cls", 9)
print(c.new_cls, getattr(C, "cls_attr"))
