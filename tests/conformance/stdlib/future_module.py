# The __future__ module: feature records, as CPython 3.11 has them.
from __future__ import annotations
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.annotations)
print(annotations is __future__.annotations)


def f(x: undefined_name) -> list[int]:
    return x


print(f.__annotations__)
