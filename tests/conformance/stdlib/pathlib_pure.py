# pathlib's pure path algebra (POSIX).
import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path

p = PurePosixPath('/usr//lib/./python3.11/', 'site.tar.gz')
print(p, repr(p), p.parts, p.root, p.anchor, p.drive)
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents))
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('y'))
print(p.relative_to('/usr'), p.is_relative_to('/etc'), p.is_absolute(), PurePath('a').is_absolute())
print(p.match('*.gz'), p.match('lib/*/*.gz'), p.match('/lib/*'), PurePath('a/b.py').match('*.py'))
print(PurePath('a') / 'b' / PurePath('c'), 'x' / PurePath('y'), PurePath('a', '/abs', 'b'))
print(PurePath(), PurePath('.'), PurePath('..') / 'x', PurePath('//srv/x'), PurePath('///srv'))
print(PurePath('a') == PurePosixPath('a'), hash(PurePath('a/b')) == hash(PurePath('a//b')),
      sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(os.fspath(Path('data') / 'f.txt'), type(Path('x')).__name__, type(PurePath('x')).__name__)
print(PurePath('.hidden').suffix, PurePath('a.').suffix, PurePath('a..b').suffixes, PurePath('/').name)
for bad in (lambda: PurePath('/').with_name('x'), lambda: p.with_suffix('gz'),
            lambda: p.relative_to('/etc'), lambda: PurePath(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
