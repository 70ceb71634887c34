print("before")
x = int("12a")
print("after")
