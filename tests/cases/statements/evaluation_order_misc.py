# statements: left-to-right evaluation in binary ops, calls, subscripts, attribute chains, dict displays, slices
def t(label, v):
    print("eval", label)
    return v
print(t("l", 2) * t("r", 3) + t("x", 4) ** t("y", 2))
print(t("l", [1, 2, 3])[t("start", 0):t("stop", 2)])
print({t("k1", "a"): t("v1", 1), t("k2", "b"): t("v2", 2)})
class O:
    def __init__(self):
        self.child = None
    def get(self, name):
        print("get", name)
        return self
o = O()
o.get("a").get("b").child = t("value", 5)
print(o.child)
print(t("f", max)(t("a1", 1), t("a2", 2)))
print(t("cond", False) or t("alt", "or-value"))
print([t("e%d" % i, i) for i in range(2)], t("after", "end"))
x = t("rhs", 1) if t("test", True) else t("other", 0)
s = t("seq", "abcdef")[t("i", 1)::t("step", 2)]
print(x, s)
print(t("a", 1) in t("container", [1, 2]), t("b", 3) not in t("c", (3,)))
