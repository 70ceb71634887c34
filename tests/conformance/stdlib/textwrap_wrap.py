import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump? A well-known "
        "state-of-the-art mother-in-law said--unexpectedly--that e.g. U.S.A. "
        "and supercalifragilisticexpialidocious are words.")
for w in (10, 17, 25, 40, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 8, break_long_words=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc\nd  e", 5))
print(textwrap.wrap("a\tb\tc\nd  e", 5, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd  e", 6, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("a\tb", 20, tabsize=4, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=1, placeholder=' (more)'))
print(textwrap.wrap("Hello there world", 12, max_lines=1))
w = textwrap.TextWrapper(width=15, initial_indent='> ', subsequent_indent='>> ')
print(w.wrap(text[:80]))
w.width = 30
print(w.fill(text[:80]))
print(w.width, w.break_on_hyphens, w.placeholder, w.max_lines, w.tabsize)
for bad in [dict(width=0), dict(width=-3), dict(width=4, max_lines=1, placeholder=' [.....]')]:
    try:
        textwrap.wrap(text, **bad)
    except ValueError as e:
        print('ValueError:', e)
print(textwrap.wrap("well-known--dash---here a-b-c ab-c abc-d abc-def -x- x--y", 4))
print(textwrap.wrap("hyphen-ated-words-everywhere-in-this-long-one", 10))
print(textwrap.wrap("1-2-3-4-5-6-7-8-9-10-11-12", 6))
print(textwrap.wrap("éléphant-rose naïve-idée", 8))
print(textwrap.wrap("What?! No way. Really? \"Yes.\" ok", 10, fix_sentence_endings=True))
