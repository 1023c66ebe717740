# statements2: walrus, del of names/items/slices/attributes, augmented
# assignment to attributes and subscripts (evaluation order, __iadd__).
# walrus (test_named_expressions)
if (n := len([1, 2, 3])) > 2: print("n", n)
while (chunk := [1, 2][:0]): pass
print([y := 5, y ** 2])
def f(): return (a := 1, a + 1)
print(f())
print((lambda: (b := 7))(), )
data = [1, 2, 3, 4]
print([v for x in data if (v := x * 2) > 4], v)
print(any((hit := x) > 2 for x in data), hit)
def scope_test():
    [(q := i) for i in range(3)]
    return q
print(scope_test())
for src in ["class CW:\n    [(cw := i) for i in range(2)]", "[i := 0 for i in range(2)]",
            "[x for x in (y := [1])]", "[[(j := 0) for i in range(2)] for j in range(2)]"]:
    try:
        compile(src, "<w>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(x := 10, x)
print(f"{(z := 3)}", z)
def kw(**k): return k
print(kw(a=(w := 4)), w)
# del
a = 1; del a
try: a
except NameError as e: print(e)
l = list(range(10))
del l[0]; del l[-1]; del l[1:3]; del l[::2]; print(l)
d = {"a": 1, "b": 2}
del d["a"]; print(d)
try: del d["zz"]
except KeyError as e: print("KeyError", e)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x; print(vars(o))
try: del o.x
except AttributeError as e: print(e)
a, b, c = 1, 2, 3
del a, (b, c)
try: print(b)
except NameError as e: print(e)
l = [1, 2, 3]
del (l[0], l[0]); print(l)
l = [[1, 2], [3]]
del l[0][1]; print(l)
try:
    del (1).real
except AttributeError as e: print(e)
try:
    t = (1, 2); del t[0]
except TypeError as e: print(e)
try:
    s = "ab"; del s[0]
except TypeError as e: print(e)
try:
    del l[10]
except IndexError as e: print(e)
def delglobal():
    global gg
    gg = 1
    del gg
delglobal()
print("gg" in globals())
def delmissing():
    global nothere
    try: del nothere
    except NameError as e: print(e)
delmissing()
# augmented assignment to attributes and subscripts
class Counter:
    def __init__(self): self.n = 0; self.log = []
    def __getattr__(self, name): self.log.append(("get", name)); return 0
c = Counter()
c.n += 5; c.m += 2; print(c.n, c.m, c.log)
class Tracked(dict):
    def __getitem__(self, k): print("getitem", k); return super().__getitem__(k)
    def __setitem__(self, k, v): print("setitem", k, v); super().__setitem__(k, v)
t = Tracked(a=1)
t["a"] += 10; print(t)
def key(): print("key()"); return "a"
def obj(): print("obj()"); return t
obj()[key()] *= 2; print(t)
l = [1, 2, 3]; l[1:2] += [9, 9]; print(l)
class Inplace:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __add__(self, o): print("add"); return Inplace(self.v + o)
    def __repr__(self): return f"I({self.v})"
i = Inplace(1); j = i; i += 2; print(i, j, i is j)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
    def __repr__(self): return f"N({self.v})"
a = NoIadd(1); b = a; a += 1; print(a, b, a is b)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e: print(e, tup)
x = 5
x **= 2; x //= 3; x %= 5; x <<= 3; x >>= 1; x |= 64; x &= 127; x ^= 3; x -= 1
print(x)
try:
    x @= 1
except TypeError as e:
    print(e)
