# classes: exact AttributeError messages for instances, classes, modules-free builtins, None, after del
class C:
    cls_attr = 1
    def method(self):
        return self.nothing
c = C()
def show(fn):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: c.x)
show(lambda: C.x)
show(lambda: c.method())
show(lambda: None.foo)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: [].foo)
show(lambda: {}.foo)
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: object().foo)
show(lambda: (lambda: 0).foo)
show(lambda: C.method.foo)
show(lambda: c.method.foo)
class Sub(C):
    pass
show(lambda: Sub().y)
show(lambda: Sub.y)
def setnone():
    None.x = 1
show(setnone)
def setobj():
    object().x = 1
show(setobj)
def setint_cls():
    int.x = 1
show(lambda: setint_cls())
def delcls():
    del C.nothing
show(delcls)
def delinst():
    del c.nothing
show(delinst)
try:
    c.zz
except AttributeError as e:
    print(e.name, e.obj is c, e.args)
print(getattr(c, "zz", None))
