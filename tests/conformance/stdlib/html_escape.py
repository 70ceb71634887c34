import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape("<a href=\"x\">it's & more</a>"), html.escape("<'\">", quote=False))
for s in ["&amp; &lt;&gt; &quot;&#39;&#x27;", "&copy;2024 &copysign &notit; &notin; &not",
          "&#65;&#x42;&#X43;&#0;&#x80;&#x81;&#150;&#13;&#1;&#xfffe;&#xd800;&#x110000;&#99999999999;",
          "&nosuch; & &; &#; &#x; &amp &ampamp; &AMP;", "a&b", "no refs", "&eacute;&Eacute;&hellip;&NotEqualTilde;",
          "&lt&gt&quot", "&" * 3 + "x" * 40 + ";", "&#x1F600;&#128512;&#xFDD0;&#x10FFFF;"]:
    print(ascii(html.unescape(s)))
print(name2codepoint["amp"], codepoint2name[0x3c], entitydefs["nbsp"] == "\xa0", len(html5), html5["gt;"])
print(html.unescape(html.escape("x < y && z > 'w'")))
