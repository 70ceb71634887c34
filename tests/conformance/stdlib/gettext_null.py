# gettext without catalogues: messages come back untranslated.
import gettext

print(gettext.gettext("hello"), gettext.ngettext("one", "many", 1), gettext.ngettext("one", "many", 2))
t = gettext.translation("nosuchdomain", fallback=True)
print(type(t).__name__, t.gettext("x"), t.ngettext("a", "b", 3), t.pgettext("ctx", "m"))
try:
    gettext.translation("nosuchdomain")
except FileNotFoundError as e:
    print("FileNotFoundError", e.args[0])
print(gettext.dgettext("d", "msg"), gettext.textdomain())
