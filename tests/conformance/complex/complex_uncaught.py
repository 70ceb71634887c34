print(complex(3, 4))
print((1 + 1j) < 1)
