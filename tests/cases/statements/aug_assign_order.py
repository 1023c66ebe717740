# statements: augmented assignment to attributes and subscripts: each target sub-expression evaluated once, call order
class Tracer:
    def __init__(self):
        object.__setattr__(self, "data", {"attr": 1})
    def __getattr__(self, name):
        print("  __getattr__", name)
        return self.data[name]
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        self.data[name] = value
class Box:
    def __init__(self):
        self.items = [10, 20, 30]
    def __getitem__(self, key):
        print("  __getitem__", key)
        return self.items[key]
    def __setitem__(self, key, value):
        print("  __setitem__", key, value)
        self.items[key] = value
def get(label, value):
    print("  eval", label)
    return value
t = Tracer()
print("attr +=")
get("target object", t).attr += get("rhs", 5)
print(t.data)
b = Box()
print("item +=")
get("container", b)[get("index", 1)] += get("rhs", 2)
print(b.items)
print("slice +=")
b.items = [1, 2, 3, 4]
class SliceBox(Box):
    pass
sb = SliceBox()
sb.items = [1, 2, 3, 4]
sb[1:3] += [99]
print(sb.items)
class Val:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("  Val.__iadd__", other)
        self.v += other
        return self
    def __repr__(self):
        return "Val(%r)" % self.v
print("inplace on element")
b.items = [Val(1), Val(2)]
b[0] += 100
print(b.items)
print("nested targets")
m = {"k": [1, 2]}
m["k"][get("inner index", 0)] *= get("factor", 7)
print(m)
