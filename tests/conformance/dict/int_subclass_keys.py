# An int subclass instance with a small value is the same dict/set key as
# the plain int (and True/False) of that value, both ways round.
class N(int):
    pass
n1, n0, nbig = N(1), N(0), N(10**20)
d = {n1: 'n1', n0: 'n0', nbig: 'big'}
print(d.get(1), d.get(True), d.get(0), d.get(False), d.get(10**20), d.get(1e20), d.get(2))
e = {1: 'one', 0: 'zero'}
print(e.get(n1), e.get(n0), n1 in e, N(5) in e)
print(n1 in {1, 2}, 1 in {n1}, True in {n1}, 2 in {n1})
print([1, 2].index(N(2)), (5, N(7)).count(7))
