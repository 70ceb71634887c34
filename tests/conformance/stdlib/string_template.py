from string import Template
t = Template("$who likes $what; ${who}s cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = Template("cost $ 5\nand $")
print(bad.safe_substitute(), bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
try:
    Template("line1\nab ${bad-name}").substitute()
except ValueError as e:
    print("ValueError", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%a and %{b} %%").substitute(a=1, b=2))
print(Template("${x}y $x.z").substitute(x=1), Template("$").safe_substitute(), Template("${unclosed").safe_substitute())
