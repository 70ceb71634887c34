try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError:", ex)
print(hasattr(KeyError(), "__notes__"))
