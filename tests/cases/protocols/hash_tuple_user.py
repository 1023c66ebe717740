# protocols: tuples hash their elements with __hash__; tuple/frozenset keys holding instances; hash result reduction
class H:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.calls += 1
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash((H(1), H(2))) == hash((1, 2)), H.calls)
print(hash(((H(1),), "s")) == hash(((1,), "s")))
print(tuple.__hash__((H(3), 4)) == hash((3, 4)))
print(hash(frozenset([H(1), H(2)])) == hash(frozenset([1, 2])))
d = {(H(1), "a"): 1}
print(d[(H(1), "a")], (H(1), "b") in d, (1, "a") in d)
class Big:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [-1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 63, 2 ** 64 - 1, -(2 ** 64), 10 ** 30, True, False]:
    print(v, hash(Big(v)), hash(Big(v)) == hash(v))
class IntSub(int):
    pass
print(hash(Big(IntSub(7))))
for bad in [1.5, "3", None, (1,)]:
    try:
        hash(Big(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
class Unh:
    __hash__ = None
try:
    hash((1, Unh()))
except TypeError as e:
    print(type(e).__name__, e)
