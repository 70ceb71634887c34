from ..util import helper
from .. import util as u
from . import gears
def run():
    return "engine " + helper() + " " + u.NAME + " " + gears.G
