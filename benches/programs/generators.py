def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(squares(numbers(1000000)))))
print(sum(x for x in range(1000000) if x % 3 == 0))
