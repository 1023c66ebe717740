print("a: start")
early = "a.early"
from _circ import b
print("a: after importing b, b.done =", b.done)
late = "a.late"
