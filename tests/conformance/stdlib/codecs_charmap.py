# The single-byte table codecs (encodings/<name>.py over _charmap_tables):
# every byte of every codec decoded and a range of text encoded, with each
# error handler; aliases; incremental decoding. Plus str.translate with
# dict and other tables (the codecs' fast path uses it).
import codecs, encodings
names = ['cp037', 'cp1006', 'cp1026', 'cp1125', 'cp1140', 'cp1250', 'cp1251', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp273', 'cp424', 'cp437', 'cp500', 'cp720', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp864', 'cp865', 'cp866', 'cp869', 'cp874', 'cp875', 'hp_roman8', 'iso8859_1', 'iso8859_10', 'iso8859_11', 'iso8859_13', 'iso8859_14', 'iso8859_15', 'iso8859_16', 'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_9', 'koi8_r', 'koi8_t', 'koi8_u', 'kz1048', 'mac_arabic', 'mac_croatian', 'mac_cyrillic', 'mac_farsi', 'mac_greek', 'mac_iceland', 'mac_latin2', 'mac_roman', 'mac_romanian', 'mac_turkish', 'palmos', 'ptcp154', 'tis_620']
allb = bytes(range(256))
for n in names:
    info = codecs.lookup(n)
    out = [n, info.name]
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try:
            t = allb.decode(n, errors)
            out.append(hash(t) if False else len(t))
            out.append(t[::17])
        except UnicodeDecodeError as e:
            out.append((e.start, e.reason))
    s = ''.join(chr(i) for i in range(0x20, 0x500, 3)) + '€‘’“”•–—™šœžŸ'
    for errors in ('strict', 'replace', 'ignore', 'xmlcharrefreplace'):
        try:
            out.append(s.encode(n, errors)[::5])
        except UnicodeEncodeError as e:
            out.append((e.start, e.end, e.reason))
    print(out)
for a in ['latin2', 'cyrillic', 'koi8-r', 'ibm866', 'macintosh', 'windows-1251', 'L5', '8859-2', 'ISO-8859-15', 'cp-1250', 'hebrew', 'greek8']:
    try: print(a, codecs.lookup(a).name)
    except LookupError as e: print(a, e)
print('Привет'.encode('cp1251'), b'\xcf\xf0\xe8'.decode('cp1251'), 'żółć'.encode('iso-8859-2').decode('latin2'))
import encodings.cp1140 as m; print(len(m.decoding_table), m.Codec().encode('abc'))
d = codecs.getincrementaldecoder('cp866')(); print(d.decode(b'\x80\x81'), d.decode(b'\xa0', final=True))
s = 'abc\u20ac\u0416' * 3
print(s.translate({97: 'X', 98: None, 0x20ac: 0x41, 0x416: 'zz'}))
print(s.translate({}), s.translate({97.0: 'f'}), 'x'.translate({120: ''}))
class M:
    calls = 0
    def __getitem__(self, k):
        M.calls += 1
        if k == 97:
            return 'A'
        raise LookupError(k)
print(s.translate(M()), M.calls)
class D(dict):
    def __missing__(self, k):
        return '?'
print('ab'.translate(D({97: 'A'})))
for bad in [{97: 2**40}, {97: b'x'}, {97: -1}]:
    try:
        print('a'.translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(''.translate({}), str.maketrans('ab', 'cd', 'e'))
