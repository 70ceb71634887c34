# re flag checks as CPython: made once the pattern is parsed, over the
# flags argument together with the pattern's global inline flags.
import re
for args in [(r'(?u)\w', re.ASCII), (r'(?a)\w', re.UNICODE), (r'(?au)\w',), (r'(?L)\w',), ('(?L)', 0), (b'(?u)\w',), (b'(?a)\w', re.LOCALE), (b'(?L)\w', re.ASCII), ('\w', re.ASCII|re.UNICODE), ('(?ua)',),('\w', re.LOCALE), (b'\w', re.UNICODE), ('(?aL)',), (b'(?aL)',), (b'', re.LOCALE|re.ASCII), (b'(?a:x)', re.LOCALE), ('(?u:x)', re.ASCII), ('(?a)x(?u)',)]:
    try: re.compile(*args); print(args, 'ok')
    except ValueError as e: print(args, 'VE', e)
    except re.error as e: print(args, 're.error', e)
for args in [('(', re.LOCALE), (b'(', re.UNICODE), ('[', re.ASCII | re.UNICODE), ('(?i)x', re.LOCALE), ('\\w', re.UNICODE), (b'\\w', re.LOCALE)]:
    try: print(args, re.compile(*args).flags)
    except ValueError as e: print(args, 'VE', e)
    except re.error as e: print(args, 're.error', e)
