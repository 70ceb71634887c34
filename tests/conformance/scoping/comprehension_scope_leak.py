x = "before"
[x for x in range(3)]
print(x)
y = [x for x in "ab"]
print(x, y)
for loop_var in range(3):
    pass
print(loop_var)
for never in []:
    pass
try:
    never
except NameError as e:
    print("NameError:", e)
[z := 1 for _ in range(1)]
print(z)
