# support module: imports _chain_b, prints on load
print("_chain_a: start")
import _chain_b
from _chain_b import B_VALUE
A_VALUE = B_VALUE * 2
def describe():
    return "a=" + str(A_VALUE) + " b=" + str(_chain_b.B_VALUE) + " " + _chain_b.tag("x")
print("_chain_a: end")
