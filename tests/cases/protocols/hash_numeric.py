# protocols: numeric hash invariants: equal numbers hash equal across int/float/bool/complex, special values
print(hash(1) == hash(1.0) == hash(True) == hash(complex(1, 0)))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2.5) == hash(2.5), hash(1.5), hash(-1.5), hash(0.1))
print(hash(float("inf")), hash(float("-inf")), hash(10 ** 20), hash(-(10 ** 20)))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 62), hash(-1), hash(-(2 ** 61 - 1)))
print(hash(1e100) == hash(int(1e100)), hash(complex(0, 1)), hash(complex(1, 2)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({1.0: "a"}[1], {2: "b"}[2.0], {True: "t"}.get(1))
print(hash(()) == hash(()), hash((1,)) == hash((1.0,)), hash(None) == hash(None))
print(hash("") == 0, hash(b"") == 0, hash(frozenset()) == hash(frozenset()))
class IntSub(int):
    pass
class FloatSub(float):
    pass
print(hash(IntSub(5)) == hash(5), hash(FloatSub(2.5)) == hash(2.5), {IntSub(1): "a"}[1])
print(hash(True) == 1, hash(False) == 0, hash(-0.5) == -hash(0.5))
big = 2 ** 100
print(hash(big) == hash(float(big)), hash(big) == big % (2 ** 61 - 1))
print({2 ** 61 - 1: "wraps"}.get(0, "distinct keys despite equal hash"), len({0, 2 ** 61 - 1}))
print(hash(1e-300) == hash(1e-300), hash(0.5) == 2 ** 60, hash(-0.25) == -(2 ** 59))
