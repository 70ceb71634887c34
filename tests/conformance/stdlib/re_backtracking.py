import re

cases = [
    (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)(a+)', 'aaaa'), (r'(a+?)(a+)', 'aaaa'), (r'(a*)(a?)(a+)', 'aaa'),
    (r'(\w+)\s(\w+)?\s?(\w+)', 'one two'), (r'((a)|b)*', 'abab'), (r'(?:(a)|(b))*c', 'abac'), (r'(a|b)*?c', 'abc'),
    (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'), (r'(\d+)(\d{2})', '12345'), (r'^(a+)+$', 'aaaa'),
    (r'(x?)*y', 'xxy'), (r'(a{2,3}){2}', 'aaaaaa'), (r'(a{2,3}?){2}', 'aaaaaa'), (r'(?:a|b|c){2,4}?d', 'abcd'),
    (r'((?:a|b)*)b', 'aabab'), (r'(a)(?=(b))\2', 'ab'), (r'(?!a)\w+', 'abc bcd'), (r'(?<=(\d))(\d)', '12'),
    (r'(?>(a+))b', 'aab'), (r'(?>a|ab)c', 'abc'), (r'(a|)+', 'aa'), (r'()+a', 'a'), (r'(a*)+b', 'aab'),
    (r'(a*)*b', 'aab'), (r'(a?)+?b', 'aab'), (r'(?:(a)|b)(?(1)x|y)', 'ax by ay'), (r'(\w)(?:(?!\1)\w)*\1', 'abcab'),
    (r'\b(\w+)(?:\s+\1\b)+', 'hey hey hey you'), (r'(?i)(\w)(?!.*\1)', 'Banana'), (r'(["\']).*?\1', 'say "a\'b" ok'),
    (r'(?s)(.*)\n(.*)', 'l1\nl2\nl3'), (r'(?m)^(.*)$', 'l1\nl2'), (r'(\d+)(?:px|em|%)?', '10% 2em 3'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(pat, '|', m and (m.group(), m.groups(), m.span(), m.lastindex), '|', re.findall(pat, s), '|', len(re.split(pat, s)))
