import csv, io

data = 'name,age,note\r\nAnn,30,"likes ""quotes"", commas"\r\nBob,,"multi\r\nline"\r\n\r\n  x , y ,z\r\n'
for row in csv.reader(io.StringIO(data, newline="")):
    print(row)
r = csv.reader(["a;b;'c;d'", "1;2;3"], delimiter=";", quotechar="'")
print(list(r), r.line_num, r.dialect.delimiter)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\"d', '"e\\"f",g'], escapechar="\\")))
print(list(csv.reader(['a,"b', 'c",d'])))
print(list(csv.reader(['1,"2",x,3.5,'], quoting=csv.QUOTE_NONNUMERIC)) if False else "skip")
print(list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['"abc'])), list(csv.reader([""])))
print(list(csv.reader(['a\tb'], dialect="excel-tab")), list(csv.reader(['"q"x'], quoting=csv.QUOTE_NONE)))
for bad in [lambda: list(csv.reader(['"abc'], strict=True)), lambda: list(csv.reader(['a,"b"c'], strict=True)),
            lambda: list(csv.reader(["a\rb"])), lambda: list(csv.reader([b"bytes"])),
            lambda: csv.reader([], delimiter="ab"), lambda: csv.reader([], delimiter=1),
            lambda: csv.reader([], quoting=9), lambda: csv.get_dialect("nope"),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
            lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.reader([], bogus=1)]:
    try:
        print(bad())
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "line\nbreak", "", None, 1, 2.5, True])
w.writerow([""])
w.writerows([[1, 2], ["a b", "c\rd"]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    out = io.StringIO()
    csv.writer(out, quoting=q, lineterminator="\n").writerow(["a", 1, 2.0, "", None])
    print(q, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d', "e\\f"])
csv.writer(out, doublequote=False, escapechar="\\").writerow(['c"d'])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "x"], restval="?")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann"})
dw.writerows([{"id": 2, "name": "B,ob", "x": 0}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "zzz": 1})
except ValueError as e:
    print("ValueError", e)
dr = csv.DictReader(io.StringIO(out.getvalue() + "4,Dee,1,extra,more\r\n5\r\n"), restkey="rest", restval="RV")
print(dr.fieldnames)
for row in dr:
    print(row)
print(list(csv.DictReader(["a,b", "", "1,2"], fieldnames=None)))

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("semi", Semi)
out = io.StringIO()
csv.writer(out, "semi").writerow(["a;b", "c"])
print(repr(out.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
print("semi" in csv.list_dialects(), csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, csv.excel_tab.delimiter)
