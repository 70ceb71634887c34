from c import C
D = "D"
