class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name
    def __get__(self, obj, t=None):
        return f"field {self.name}"
class Model:
    a = Field()
    b = Field()
print(Model().a, Model.b)
f = Field()
class Late:
    pass
Late.c = f
print(hasattr(f, "name"))
f.__set_name__(Late, "c")
print(Late().c)
