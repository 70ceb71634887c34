a, b = 1, 0
c = a // b
