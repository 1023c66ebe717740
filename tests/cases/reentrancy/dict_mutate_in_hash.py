# reentrancy: __hash__/__eq__ that insert into or clear the dict/set being modified, and iteration over a dict changed by them
class Sneak:
    def __init__(self, name, target, action):
        self.name, self.target, self.action = name, target, action
    def __hash__(self):
        if self.action == "insert-in-hash":
            self.target["from_hash_%s" % self.name] = 1
        return 5
    def __eq__(self, other):
        if self.action == "clear-in-eq":
            self.target.clear()
        return isinstance(other, Sneak) and self.name == other.name
    def __repr__(self):
        return "Sneak(%s)" % self.name
d = {}
d[Sneak("a", d, "insert-in-hash")] = 1
print(sorted(map(repr, d)))
d2 = {}
d2[Sneak("a", d2, "clear-in-eq")] = 1
d2[Sneak("b", d2, "none")] = 2
print(sorted(map(repr, d2)))
d3 = {"x": 1, "y": 2}
try:
    for k in d3:
        d3[Sneak(k, d3, "insert-in-hash")] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d3))
d4 = {1: 1, 2: 2}
try:
    for k, v in d4.items():
        Sneak("z", d4, "insert-in-hash") in d4
except RuntimeError as e:
    print(type(e).__name__, e)
s = set()
s.add(Sneak("p", {}, "none"))
t = {Sneak("q", s, "clear-in-eq")}
print(len(s), len(t))
print(Sneak("p", s, "clear-in-eq") in {Sneak("p", None, "none")}, len(s))
