from dataclasses import dataclass, field, fields, asdict, KW_ONLY, InitVar
from typing import ClassVar, List, Optional, Dict, Any
import typing


@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional['Item'] = None
    meta: Dict[str, Any] = field(default_factory=dict)


i = Item('a', ['x'])
print(i, [f.name for f in fields(Item)], [str(f.type) for f in fields(Item)])
print(Item.count, asdict(i))
print(typing.get_type_hints(Item))


@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
    label: 'ClassVar[str]' = 'v'


print(sorted([Ver(1, 2), Ver(1), Ver(0, 9)]), [f.name for f in fields(Ver)])


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    _: KW_ONLY
    b: int = 0

    def __post_init__(self, scale):
        self.a *= scale


print(WithInit(3), WithInit(3, 5, b=1))
print(sorted(typing.get_type_hints(WithInit)))
