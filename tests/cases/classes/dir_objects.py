# classes: dir() of instances, classes, built-in objects and objects defining __dir__
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith("_")])
print([n for n in dir(Child) if not n.startswith("_")])
print("__init__" in dir(c), "__repr__" in dir(c), "inst" in dir(Child))
print("append" in dir([]), "upper" in dir("s"), "keys" in dir({}), "real" in dir(1) or "bit_length" in dir(1))
d = dir(c)
print(d == sorted(d), len(d) == len(set(d)))
class Custom:
    def __dir__(self):
        return ("b", "a", "c")
print(dir(Custom()))
class Meta(type):
    meta_only = 1
class WithMeta(metaclass=Meta):
    x = 1
print("meta_only" in dir(WithMeta), "x" in dir(WithMeta))
