def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3
    return level2()
print(level1()())
def counter_family():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek
i1, p1 = counter_family()
i2, p2 = counter_family()
i1(); i1(); i2()
print(p1(), p2())
