# imports: transitive imports, module-level print order, import inside a function, module attributes
print("main: start")
import _chain_a
print("main: imported _chain_a")
import _chain_b
print("main: imported _chain_b (already loaded)")
print(_chain_a.A_VALUE, _chain_b.B_VALUE, _chain_a.describe())
def late():
    import _chain_b as cb
    from _chain_a import describe
    return cb.tag(describe())
print(late())
_chain_b.B_VALUE = 100
print(_chain_a.describe(), _chain_a.B_VALUE)
from _chain_b import B_VALUE
print(B_VALUE)
n = 0
for i in range(10000):
    n += len(_chain_b.tag(str(i % 10)))
print(n)
