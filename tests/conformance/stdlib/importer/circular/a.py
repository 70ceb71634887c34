print("a start")
import b
A = "A"
print("a end", b.B)
