def reader():
    global never_assigned
    try:
        return never_assigned
    except NameError as e:
        return f"NameError: {e}"
print(reader())
def writer():
    global never_assigned
    never_assigned = "now assigned"
writer()
print(reader())
def shadow_param(x):
    def inner():
        return x
    x = "rebound"
    return inner()
print(shadow_param("orig"))
