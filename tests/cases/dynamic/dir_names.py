# dir() with no argument and dir(module): sorted names.
import math
def f(a, b=1):
    c = 2
    return dir()
print(f(0))
print(sorted([n for n in dir() if not n.startswith('__')]))
import types
m = types.ModuleType('m')
m.z = 1
print(dir(m))
