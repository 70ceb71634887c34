data = b"abc"
print(data[0])
data[0] = 65
