def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None
print(first_negative([3, -1, -5]), first_negative([1, 2]))
def loop_with_finally():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            print("cleanup", i)
print(loop_with_finally())
def while_return():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(while_return())
