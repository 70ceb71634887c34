big = 10 ** 40
print(big > 10 ** 39, big < -big, -big < 0)
print(big == 10 ** 40, big != 10 ** 40 + 1)
print(max(big, -big, 0), min(big, -big, 0))
print(sorted([big, -big, 0, 1, -1, big + 1, -(big + 1)]))
print(big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 1000 > 1e300, 2 ** 1100 > 1e308)
print(-2 ** 1100 < float('-inf'), 2 ** 1100 < float('inf'))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23)
