x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadow_builtin(), len("ab"))
len = lambda s: "global shadow"
print(len("x"), uses_builtin())
del len
print(len("abcd"))
