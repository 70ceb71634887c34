counter = 0
def bump():
    global counter
    counter += 1
    def inner():
        return counter
    return inner()
print(bump(), bump(), counter)
def make():
    global made
    made = "yes"
    def nested():
        global made2
        made2 = "nested yes"
    nested()
make()
print(made, made2)
def no_global_read():
    return counter * 10
print(no_global_read())
