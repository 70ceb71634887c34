print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1j), hash(1 + 1j), hash(-1j), hash(3 - 4j))
d = {1: "a"}
d[1 + 0j] = "b"
print(d)
print(1 + 0j in {1, 2}, 1j in [1j], 0j == False, 1 + 0j == True)
print({complex(i, 0) for i in range(3)} == {0, 1, 2})
