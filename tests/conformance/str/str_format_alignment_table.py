rows = [("Item", "Qty", "Price"), ("Apple", 3, 0.5), ("Watermelon", 1, 3.25), ("Fig", 12, 0.2)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f"{name:<{w}} | {qty:>4} | {price:>7}")
        print("-" * (w + 17))
    else:
        print(f"{name:<{w}} | {qty:>4d} | {price:>7.2f}")
print(f"{'TOTAL':>{w}} | {sum(r[1] for r in rows[1:]):>4} | {sum(r[1] * r[2] for r in rows[1:]):>7.2f}")
