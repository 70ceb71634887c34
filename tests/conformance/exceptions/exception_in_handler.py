try:
    try:
        raise ValueError("original")
    except ValueError:
        undefined_name_here
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise
    finally:
        print("finally runs during propagation")
except ZeroDivisionError as e:
    print("got", e)
def cleanup():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("cleanup finally")
print(cleanup())
