# functions3: closures and cells (test_scope, test_funcattrs): shared and
# per-iteration cells, cell_contents get/set/delete, empty cells,
# types.CellType, cell comparison and hashing.
# closures and cells
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars)
def cell_in_loop():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    return [f() for f in fs]
print(cell_in_loop())
def shared_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]
print(shared_cell())
def class_closure():
    x = "cx"
    class K:
        def m(self): return x
        y = x
    x = "changed"
    return K().m(), K.y
print(class_closure())
def super_closure():
    class A:
        def who(self): return "A"
    class B(A):
        def who(self): return "B>" + super().who()
    return B().who(), B.who.__closure__[0].cell_contents.__name__
print(super_closure())
def cell_contents_set():
    x = 1
    def g(): return x
    g.__closure__[0].cell_contents = 42
    return g(), x
print(cell_contents_set())
def empty_cell():
    def g(): return y
    c = g.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 1
    return c.cell_contents
print(empty_cell())
def del_cell_contents():
    x = 1
    def g(): return x
    del g.__closure__[0].cell_contents
    try:
        g()
    except NameError as e:
        print("NameError:", e)
del_cell_contents()
# recursion through closure
def fact_maker():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))
# generator closing over a loop variable
def gen_closure():
    for i in range(2):
        yield lambda: i
print([f() for f in gen_closure()])
print([f() for f in list(gen_closure())])
# lambda default evaluated at definition
x = 1
f = lambda y=x: y
x = 2
print(f())
# nested nonlocal chain
def a():
    v = 0
    def b():
        def c():
            nonlocal v
            v += 1
        c(); c()
    b()
    return v
print(a())
# closure over parameter and reassigned param
def param_cell(p):
    def g(): return p
    p = p * 2
    return g()
print(param_cell(21))
# closure in comprehension inside class method
class CC:
    factor = 3
    def scaled(self, xs):
        factor = self.factor
        return [x * factor for x in xs]
print(CC().scaled([1, 2]))
# __closure__ type and repr-ish
import types
def outer():
    z = 1
    def inner(): return z
    return inner
cell = outer().__closure__[0]
print(type(cell).__name__, isinstance(cell, types.CellType), cell == outer().__closure__[0])
print(types.CellType(5).cell_contents)
try:
    types.CellType().cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    hash(cell)
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
c1, c2, c3 = types.CellType(1), types.CellType(2), types.CellType()
print(c1 < c2, c1 == types.CellType(1), c3 < c1, c3 == types.CellType(), c1 != c2, c2 >= c1)
try:
    c1 < types.CellType("x")
except TypeError as e:
    print("TypeError:", e)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
