# CPython's Lib `html` (or pyx's own, which wins) imported and used.
import html
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;&amp;&gt;&eacute;&#65;'))
