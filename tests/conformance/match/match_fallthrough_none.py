def m(x):
    match x:
        case 1:
            result = "one"
        case 2:
            result = "two"
    return locals().get("result", "no case matched")
print(m(1), m(2), m(3))
for cmd in ["go north", "look", "take lamp key", "quit", "go", ""]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["look"]:
            print("looking around")
        case ["take", *items]:
            print("taking", items)
        case ["quit" | "exit"]:
            print("bye")
        case []:
            print("empty command")
        case _:
            print("unknown:", cmd)
