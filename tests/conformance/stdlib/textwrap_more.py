import textwrap

sample = '''\
    Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do
    eiusmod tempor incididunt ut labore et dolore magna aliqua.

    Ut enim ad minim veniam, quis nostrud exercitation ullamco.
'''
d = textwrap.dedent(sample)
print(d)
for para in d.split('\n\n'):
    print(textwrap.fill(para, width=36, initial_indent='  - ', subsequent_indent='    '))
print(textwrap.indent(d, '| ', lambda line: True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder='…')
print(w.wrap(d), w.fill('short'))
w2 = textwrap.TextWrapper(width=10, break_long_words=False, break_on_hyphens=False)
print(w2.wrap('antidisestablishmentarianism is a long-winded word'))
print(textwrap.wrap('one two three', width=1), textwrap.wrap('a' * 12, 5), textwrap.wrap('x-y-z-w', 3))
print(textwrap.shorten('Hello world, how are you today?', width=18, placeholder=' ...'))
print(repr(textwrap.fill('tabs\there\tand\tthere', 12, tabsize=4)), textwrap.wrap('a  b', 2, drop_whitespace=False))
