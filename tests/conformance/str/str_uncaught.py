name = None
print("start")
print(name.upper())
