import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ["if", "match", "case", "_", "print", "None", "async", "True", "type"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
