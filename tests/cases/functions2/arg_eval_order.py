# functions2: evaluation order: callee expression first, then positional, *args, keyword, **kwargs left to right
def t(label, value=None):
    print("eval", label)
    return value
def target(*a, **k):
    return a, k
def get_target():
    print("eval callee")
    return target
print(get_target()(t("p1", 1), t("p2", 2), k1=t("k1", 3), k2=t("k2", 4)))
print(target(t("a", 1), *t("star", [2, 3]), t("b", 4), x=t("x", 5), **t("dstar", {"y": 6}), z=t("z", 7)))
class Obj:
    def method(self, *a):
        return a
def get_obj():
    print("eval object")
    return Obj()
print(get_obj().method(t("m1", 1), t("m2", 2)))
d = {}
def key(k):
    print("key", k)
    return k
def val(v):
    print("val", v)
    return v
d[key("a")] = val(1)
print({key("x"): val(1), key("y"): val(2)})
print([t("l1", 1), t("l2", 2)], (t("t1", 1), t("t2", 2)))
print(t("left", 1) + t("right", 2))
print(t("cmp1", 1) < t("cmp2", 2) < t("cmp3", 3))
x = t("rhs", 5)
lst = [0, 0]
lst[t("index", 0)] = t("value", 9)
print(lst)
print(t("cond", True) and t("and-rhs", "ok"), t("cond2", 0) or t("or-rhs", "alt"))
print(t("ternary-true", "T") if t("ternary-cond", True) else t("ternary-false", "F"))
