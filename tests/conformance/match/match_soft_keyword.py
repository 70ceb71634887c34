match = [1, 2]
case = "case var"
print(match, case)
match match:
    case [1, case]:
        print("inner case captured", case)
def match(x):
    return f"match() called with {x}"
print(match(5))
_ = "underscore var"
print(_)
