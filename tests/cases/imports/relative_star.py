# from m import * with and without __all__, relative-import errors,
# namespace packages, ImportError messages.
from _ipkg.star import *
print(public, _listed_private)
try:
    not_listed
except NameError as e:
    print(e)
from _ipkg.nostar import *
print(a, b)
try:
    _hidden
except NameError as e:
    print(e)
try:
    from _ipkg.badall import *
except AttributeError as e:
    print("AttributeError:", e)
try:
    import _ipkg.broken
except ImportError as e:
    print(type(e).__name__, e.msg.split(" (")[0], e.name, e.path.endswith("_ipkg/__init__.py"))
try:
    from _ipkg import no_such_thing
except ImportError as e:
    print(type(e).__name__, e.msg.split(" (")[0], e.name)
try:
    import _ipkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _ipkg.mod.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
import _nsp.part_ns.piece as piece
import _nsp
print(piece.value, piece.__package__, _nsp.__name__)
print(_nsp.__spec__.origin, getattr(_nsp, "__file__", "no __file__"))
print(len(list(_nsp.__path__)), list(_nsp.__path__)[0].endswith("_nsp"))
import importlib
m = importlib.import_module("_ipkg.sub.sibling")
print(m.__name__, m.sib_value)
m2 = importlib.import_module(".mod", "_ipkg")
print(m2.__name__)
print(__import__("_ipkg.sub").__name__, __import__("_ipkg.sub", fromlist=["x"]).__name__)
print(__import__("mod", globals={"__package__": "_ipkg"}, level=1).__name__)
