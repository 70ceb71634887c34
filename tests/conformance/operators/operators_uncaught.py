price = "10"
qty = 3
print(qty * price)
print(price / qty)
