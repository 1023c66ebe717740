# protocols: nested lists/tuples/dicts holding instances compare through __eq__/__lt__; first difference decides
class V:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        V.log.append("eq%s" % self.v)
        return isinstance(other, V) and self.v == other.v
    def __lt__(self, other):
        V.log.append("lt%s" % self.v)
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "V%s" % self.v
def show(label, r):
    print(label, r, V.log)
    V.log.clear()
show("list ==", [V(1), [V(2), (V(3),)]] == [V(1), [V(2), (V(3),)]])
show("list !=", [V(1), V(2)] != [V(1), V(3)])
show("tuple <", (V(1), V(2)) < (V(1), V(3)))
show("tuple > len", (V(1), V(2)) > (V(1),))
show("list <", [V(2)] < [V(1)])
show("dict ==", {"a": [V(1)], "b": {V(2): (V(3),)}} == {"b": {V(2): (V(3),)}, "a": [V(1)]})
show("dict != value", {1: V(1)} != {1: V(2)})
show("mixed", [V(1)] == (V(1),))
show("set ==", {V(1), V(2)} == {V(2), V(1)})
show("frozenset key", {frozenset([V(1)]): "fs"}[frozenset([V(1)])])
print("sorted", sorted([[V(3)], [V(1)], [V(2)]]))
V.log.clear()
show("max", max([(V(1), "a"), (V(2), "b")]))
show("in nested", [V(5)] in [[V(4)], [V(5)]])
show("index nested", [(V(1), V(2)), (V(1), V(3))].index((V(1), V(3))))
class NoOrder:
    pass
try:
    [NoOrder()] < [NoOrder()]
except TypeError as e:
    print("TypeError", e)
try:
    (1, NoOrder()) <= (1, NoOrder())
except TypeError as e:
    print("TypeError", e)
