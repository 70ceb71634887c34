def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__)
e2 = ValueError("fresh")
print(e2.__traceback__, e2.with_traceback(None) is e2)
