try:
    pritn
except NameError as e:
    print(str(e))
    print(e.name)
