pairs = [("Straße", "STRASSE"), ("HELLO", "hello"), ("Ωμέγα", "ΩΜΈΓΑ"), ("ﬁ", "FI"), ("café", "CAFÉ"), ("µ", "μ"), ("K", "k")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())
words = ["Zebra", "ångström", "apple", "Äpfel", "zoo", "Ärger"]
print(sorted(words), sorted(words, key=str.casefold))
