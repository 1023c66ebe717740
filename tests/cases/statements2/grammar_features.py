# statements2: grammar features as test_grammar exercises them: starred
# returns, number and string literal forms, lambdas, loops with else,
# try/finally control flow, with statements, evaluation order.
# test_grammar style
def f(): return 1, *[2, 3]
print(f())
def g(): yield 1, *[2]
print(list(g()))
x = 1, *[2]; print(x)
for i in *[1], 2: print(i, end=" ")
print()
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3)
print(1 if 0 else 2 if 0 else 3)
print([i for i in range(10) if i % 2 if i % 3])
print(not 1 == 2, not (1 and 0), 1 and 2 or 3, 0 or '' or None)
print(-2 ** 2, (-2) ** 2, 2 ** -1, ~-1, - - 1, +True)
print(1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.0_1, 1e1_0)
print(0xDEADBEEF, 0O777, 0B11, 1J, 1.5j, .5, 5., 1E5)
print(r"\n", b"\x41", rb"\x41", "a" "b" 'c', f"{1}" "x")
print("""tri
ple""", '''x''')
a = b = c = 5; print(a, b, c)
lst = [1, 2]; lst[0] = lst[1] = 9; print(lst)
print(type(...), ... is Ellipsis)
print([*"ab"], {**{}}, (*(),))
print(lambda: 0, lambda *a, **k: 0) if False else None
l = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(l(1, d=4))
print((lambda x: (lambda y: x + y))(1)(2))
print((lambda: (yield))().__class__.__name__)
print([(lambda: i)() for i in range(3)])
# pass, empty class, nested funcs
class E: pass
def nothing(): pass
print(nothing(), E.__name__)
# global in class
gv = 1
class GC:
    global gv
    gv = 2
print(gv)
# while/else, for/else, break/continue
for i in range(3):
    if i == 5: break
else:
    print("for-else")
n = 0
while n < 3:
    n += 1
    if n == 2: continue
else:
    print("while-else", n)
while True:
    break
else:
    print("not printed")
# try/finally return override
def tf():
    try:
        return "try"
    finally:
        print("finally runs")
print(tf())
def tf2():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
tf2()
def tf3():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("f3")
print(tf3())
# assert
try:
    assert 1 == 2, "msg"
except AssertionError as e: print("AssertionError", e)
try:
    assert False
except AssertionError as e: print("AssertionError", repr(e))
# with multiple
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return self.n == 2
with CM(1) as a, CM(2) as b:
    print("body", a, b)
    raise ValueError
print("suppressed")
with (CM(3) as c,
      CM(4)):
    print("paren with", c)
# import as
import sys as system
print(system.__name__)
from sys import (maxsize as ms,
                 version_info)
print(ms > 0, version_info[0])
# keyword named attributes
class KW: pass
k = KW(); setattr(k, "if", 1); print(getattr(k, "if"))
# star assignment in for
for a, *b in ["xyz"]: print(a, b)
# conditional import in function
def imp():
    import sys
    return sys.maxsize > 0
print(imp())
# semicolons
x = 1; y = 2; print(x + y);
# dict/set comprehensions with conditions
print({x: x * x for x in range(5) if x % 2}, {x % 3 for x in range(10)})
# nested comprehension scope captures
def ncs():
    y = 10
    return [[x + y for x in range(2)] for _ in range(2)]
print(ncs())
# generator expressions evaluate first iterable eagerly
def first():
    print("first evaluated")
    return [1, 2]
gen = (x for x in first())
print("before iteration")
print(list(gen))
try:
    (x for x in 1)
except TypeError as e: print(e)
# chained assignment evaluation order
def v(n): print("v", n); return n
class T:
    def __setitem__(self, k, val): print("set", k, val)
t = T()
t[v(1)] = t[v(2)] = v(3)
