from d import D
C = "C"
