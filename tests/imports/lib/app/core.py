VERSION = "1.0"
from .sub.leaf import leaf_name
