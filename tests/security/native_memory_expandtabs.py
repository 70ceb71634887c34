# config: max_memory=256M max_time=60
# expect: limit=memory
# A tab expands to tabsize spaces: 10**6 tabs * 10**4 = 10 GB of text.
s = ("\t" * 1_000_000).expandtabs(10_000)
