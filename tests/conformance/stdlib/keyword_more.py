import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ['if', 'match', 'case', '_', 'True', 'None', 'print', 'async', 'await', 'type', 'nonlocal', 'If']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist, all(w.isidentifier() for w in keyword.kwlist))
