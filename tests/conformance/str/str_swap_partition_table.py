rows = [("name", "qty", "price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for r in rows:
    print(f"|{r[0]:<8}|{r[1]:>5}|{r[2]:>8}|" if isinstance(r[1], str) else f"|{r[0]:<8}|{r[1]:>5d}|{r[2]:>8.2f}|")
print("-" * 25)
total = sum(q * p for _, q, p in rows[1:])
print(f"{'total':<8}{total:>17.2f}")
print(f"{'x':=^25}")
