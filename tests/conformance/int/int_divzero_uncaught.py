def f(n):
    return 100 // n
print(f(5))
print(f(0))
