A, B, C = {1, 2, 3, 4}, {3, 4, 5}, {4, 5, 6}
print(A | B == B | A, A & B == B & A, (A | B) | C == A | (B | C), A - B != B - A)
print(A & (B | C) == (A & B) | (A & C), A - (B | C) == (A - B) & (A - C))
print(sorted(A ^ B), sorted((A - B) | (B - A)), A ^ A == set(), A | set() == A)
print(sorted(A.union(B).intersection(C)), A.isdisjoint(C - A), (A & B) <= A, A >= A & B)
