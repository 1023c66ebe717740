# Packages: dotted imports, submodules as attributes, relative imports,
# __name__/__package__/__spec__/__path__/__file__/__cached__, sys.modules.
import sys
import _ipkg.sub.leaf
print(_ipkg.sub.leaf.summary)
print(_ipkg.sub.renamed, _ipkg.sub.sibling.sib_value)
print(sorted([k for k in sys.modules if k.startswith("_ipkg")]))
print(sys.modules["_ipkg.sub"] is _ipkg.sub, hasattr(_ipkg.sub, "leaf"))
from _ipkg import mod
from _ipkg.sub import leaf as leaf2
print(mod.y, leaf2 is _ipkg.sub.leaf)
import _ipkg.sub as s
print(s.__name__, s.__package__, s.__spec__.name, s.__spec__.parent)
print(s.__file__.endswith("_ipkg/sub/__init__.py"), s.__spec__.origin == s.__file__)
print(len(s.__path__), s.__path__[0].endswith("_ipkg/sub"), s.__spec__.submodule_search_locations == s.__path__)
print(mod.__file__.endswith("_ipkg/mod.py"), mod.__package__, hasattr(mod, "__path__"))
print(mod.__cached__ == mod.__spec__.cached, mod.__cached__.endswith(".pyc"), "__pycache__" in mod.__cached__)
print(__name__, __package__, __spec__)
print(type(s.__spec__).__name__)
