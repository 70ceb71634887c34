n = 10 ** 5000
s = str(n)
