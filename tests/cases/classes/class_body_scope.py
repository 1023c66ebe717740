# classes: class body scope rules: methods don't see class names, comprehensions in class body, globals
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [x for i in items]
    except NameError as e:
        bad = "NameError"
    first = items[0]
    lam = lambda self: x
print(C.y, C().method(), C.doubled, C.bad, C.first, C().lam())
v = "global v"
def outer():
    v = "enclosing v"
    class Inner:
        w = v
        v = "class v"
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I.v, I().get())
def outer2():
    v = "enclosing"
    class K:
        print("in class body v =", v)
        def f(self):
            return v
    return K().f()
print(outer2())
class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
class Cond:
    flag = True
    if flag:
        def f(self):
            return "flag true"
    else:
        def f(self):
            return "flag false"
print(Cond().f())
class G:
    global gvar
    gvar = "set from class"
print(gvar, hasattr(G, "gvar"))
class Nested:
    a = 1
    class Deep:
        b = 2
        def get(self):
            return self.b
print(Nested.Deep().get(), Nested.Deep.__qualname__)
class RefSelf:
    def me(self):
        return RefSelf.__name__
print(RefSelf().me())
