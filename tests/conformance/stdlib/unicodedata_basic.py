# unicodedata: properties from CPython's database, names, normalization,
# CPython's errors.
import unicodedata as u

chars = 'aZ5 \t\u00e9\u0301\u00bd\u2163\u0660\u4e00\uac00\u200b\U0001f600\u00b2\u0378\ufb01\u2460\u05d0\u0627\uff21'
for c in chars:
    print('%04X' % ord(c), u.category(c), u.bidirectional(c), u.east_asian_width(c), u.combining(c),
          u.mirrored(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None))
print(u.mirrored('('), u.numeric('\u215b'), u.numeric('\u5341'), u.digit('\u2460'), u.decimal('\u0664'))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('snowman'), u.name('\u2603'), u.lookup('CJK UNIFIED IDEOGRAPH-4E00'))
s = 'Ame\u0301lie \ufb01 \u2460 \u00bd \uac00 \u1100\u1161'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = u.normalize(form, s)
    print(form, ascii(n), len(n), u.is_normalized(form, n), u.is_normalized(form, s))
print(u.unidata_version, u.normalize('NFC', ''), ascii(u.normalize('NFKD', '\u2026' * 3)))

for f, args in [(u.category, ('ab',)), (u.category, (1,)), (u.name, ('\u0378',)), (u.lookup, ('NO SUCH THING',)),
                (u.decimal, ('a',)), (u.digit, ('a',)), (u.numeric, ('a',)), (u.normalize, ('XYZ', 'a')),
                (u.normalize, ('NFC', 1)), (u.lookup, (1,))]:
    try:
        print('no error', f(*args))
    except Exception as e:
        print(type(e).__name__, e)
