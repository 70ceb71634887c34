import shlex

for s in ['a b c', 'echo "hello world" \'x y\' z\\ w', "a 'b\"c' \"d'e\" \"f\\\"g\"", 'x # comment',
          'foo="bar baz" -v', "ab'cd'ef", '', '   ', 'a\\\\b "c\\\\d" \'e\\\\f\'']:
    print(repr(s), shlex.split(s))
print(shlex.split('x # comment y', comments=True))
print(shlex.split('a "b c" d', posix=False))
for bad in ['"open', "it's", 'tail\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
for q in ['', 'abc', 'a b', "it's", 'x;rm -rf /', 'naïve', '$HOME', 'a@b%c+d=e:f,g./h-i']:
    print(shlex.quote(q))
print(shlex.join(['ls', '-l', 'my file', "o'k"]))
lex = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo(bar, 'baz qux') # tail")
print([t for t in lex])
lex = shlex.shlex("one two\nthree", posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(lex.error_leader("f.txt", 3))
