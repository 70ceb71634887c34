print("b start")
import a
print("b sees partial a:", hasattr(a, "A"))
B = "B"
print("b end")
