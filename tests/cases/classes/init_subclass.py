# classes: __init_subclass__ hook, class keyword arguments, implicit classmethod, chaining
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        print("Plugin.__init_subclass__", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
class C(B):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
print(hasattr(Plugin, "plugin_name"))
class Other:
    def __init_subclass__(cls, **kw):
        print("Other.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Strict(Other):
    pass
try:
    class X(Strict, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Y(extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base1:
    def __init_subclass__(cls, **kw):
        print("Base1 hook for", cls.__name__)
        super().__init_subclass__(**kw)
class Base2:
    def __init_subclass__(cls, **kw):
        print("Base2 hook for", cls.__name__)
        super().__init_subclass__(**kw)
class Both(Base1, Base2):
    pass
class Child(Both):
    pass
class Counted:
    n = 0
    def __init_subclass__(cls):
        Counted.n += 1
        cls.index = Counted.n
class K1(Counted): pass
class K2(Counted): pass
class K3(K1): pass
print(K1.index, K2.index, K3.index, Counted.n)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
