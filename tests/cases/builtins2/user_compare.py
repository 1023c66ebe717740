# builtins2: sorted/min/max/list.sort over instances with __lt__, key= and reverse=, default=
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%d)" % self.v
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, key=lambda v: -v.v), sorted(vs, reverse=True))
print(min(vs, key=lambda v: abs(v.v - 2)), max([], default="none"), min(V(5), V(4)))
vs.sort()
print(vs)
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([G(2), G(1)]), max([G(2), G(7), G(1)]))
try:
    sorted([object(), object()])
except TypeError as e:
    print(e)
print([V(1), (V(2),), {1: V(3)}])
