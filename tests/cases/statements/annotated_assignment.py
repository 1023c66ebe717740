# statements: annotated assignments: module __annotations__, no-value annotations, attribute/subscript targets
x: int = 5
y: "forward ref"
z: list[int] = []
(w): float = 1.5
print(x, z, w, __annotations__)
try:
    y
except NameError as e:
    print("annotation without value does not bind:", e)
class Obj:
    pass
o = Obj()
o.attr: int = 10
d = {}
d["k"]: str = "v"
print(o.attr, d, "attr" in __annotations__)
def f():
    local: int = 1
    other: str
    return local, "other" in locals()
print(f(), f.__code__.co_varnames)
count = 0
def ann():
    global count
    count += 1
    return int
v1: ann() = 1
o.v2: ann() = 2
d["v3"]: ann() = 3
print("annotation evaluated for simple names and for complex targets:", count)
for src in ["a, b: int = 1, 2", "(a, b): int", "[a]: int", "a: int: str = 1", "f(): int"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
