# config: max_steps=1000000
# expect: limit=steps
# Long work inside one built-in call is metered too.
x = sum(i for i in range(10**12))
