n = int("9" * 4000)
print(len(str(n)))
print(n % 97)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError")
print(int("1" * 4300) % 7)
