def squares_upto(n):
    return [i * i for i in range(n + 1)]
def evens(it):
    return (x for x in it if x % 2 == 0)
print(squares_upto(6), list(evens(squares_upto(6))), sum(evens(range(101))))
def matrix(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in matrix(3):
    print(row)
print(any(x > 20 for x in squares_upto(5)), all(x >= 0 for x in squares_upto(5)))
