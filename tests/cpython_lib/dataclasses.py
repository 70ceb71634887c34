# CPython's Lib `dataclasses` (or pyx's own, which wins) imported and used.
from dataclasses import dataclass, field, asdict
@dataclass(order=True)
class P:
    x: int
    y: list = field(default_factory=list)
print(P(1), P(1) < P(2), asdict(P(3,[1])))
