print(1 == 1.0, 1 < 1.5, 2 > 1.9999, 10 ** 20 < 1e21)
print(1 == 1 + 0j, 1 == "1", 0 == None, 0 == False)
print(9007199254740993 == 9007199254740992.0)
print(9007199254740993 > 9007199254740992.0)
print(float("nan") == 0, 0 < float("inf"), -10 ** 400 < -1e308)
try:
    print(1 < None)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 >= "1")
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
