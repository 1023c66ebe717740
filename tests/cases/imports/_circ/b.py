print("b: start")
import _circ.a as a_mod
import sys
print("b: a is partially initialised:", a_mod.early, hasattr(a_mod, "late"), "_circ.a" in sys.modules)
try:
    from _circ.a import late
except ImportError as e:
    print("b:", e.msg.rsplit(" (", 1)[0], e.name, e.path.endswith("a.py"))
done = True
