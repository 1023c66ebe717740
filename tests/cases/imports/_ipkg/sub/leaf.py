print("init", __name__, __package__)
from .. import top_value
from ..mod import y, helper
from . import sibling
from .sibling import sib_value
import _ipkg.mod as mod_alias
summary = (top_value, y, helper(), sibling.sib_value, sib_value, mod_alias.y)
