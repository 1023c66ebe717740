# Circular imports: a partially initialised module is visible in sys.modules
# and as an attribute; from-importing a name not yet defined fails with
# CPython's message.
import _circ.a
print(_circ.a.late, _circ.b.done)
import sys
print(sys.modules["_circ.a"] is _circ.a)
