from string import Template

# Invalid placeholders are skipped by get_identifiers (3.11), not errors.
for text in ["$a $$ ${b} $ ${c", "x$", "$a $a ${a} $b1 $1", "", "${not valid} $ok"]:
    t = Template(text)
    print(repr(text), t.get_identifiers(), t.is_valid())
