print("init", __name__, __package__, __spec__.parent)
from . import sibling
from .sibling import sib_value as renamed
