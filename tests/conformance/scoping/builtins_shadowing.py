def f():
    print = lambda *a: None
    print("not shown")
    return "done"
print(f())
list = lambda *a: "fake list"
print(list([1]))
del list
print(list("ab"))
class MyType:
    str = "class attr"
    def m(self):
        return str(5)
print(MyType().m(), MyType.str)
def uses_True():
    True_ = False
    return True, True_
print(uses_True())
