try:
    'a'.uper
except AttributeError as e:
    print(str(e))
