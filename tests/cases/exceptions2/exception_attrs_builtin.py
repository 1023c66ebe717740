# exceptions2: attributes of built-in exceptions: NameError.name, AttributeError.name/obj, KeyError args, StopIteration.value
try:
    undefined_variable_xyz
except NameError as e:
    print(e.name, e.args)
class C:
    pass
c = C()
try:
    c.missing_attr
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    getattr(c, "other")
except AttributeError as e:
    print(e.name, e.obj is c)
e = AttributeError("manual")
print(e.name, e.obj)
e2 = AttributeError("manual", name="n", obj=5)
print(e2.name, e2.obj, e2.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, repr(e))
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
try:
    [].remove(1)
except ValueError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
print(ImportError("m", name="mod", path="/p").name, ImportError("m").path)
