# imports: failing imports are catchable - ModuleNotFoundError / ImportError, module still usable after
try:
    import _does_not_exist_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _also_missing as am
except ImportError as e:
    print("as ImportError:", type(e).__name__, e, isinstance(e, ImportError))
try:
    from _no_module_x import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _helpers import no_such_name
except ImportError as e:
    print("from-import missing name:", type(e).__name__, isinstance(e, ModuleNotFoundError))
from _helpers import fib
print(fib(30))
