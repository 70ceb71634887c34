g = 0
def incr_global():
    global g
    g += 1
incr_global(); incr_global()
print(g)
def define_global():
    global newname
    newname = "created"
define_global()
print(newname)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shadow():
    g = "local"
    def inner():
        global g
        return g
    return inner(), g
print(shadow())
x = "module"
def nl():
    x = "enclosing"
    def f():
        nonlocal x
        x = "changed"
    f()
    return x
print(nl(), x)
