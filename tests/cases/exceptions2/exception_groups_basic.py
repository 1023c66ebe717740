# exceptions2: ExceptionGroup/BaseExceptionGroup construction, attributes, str, subgroup/split, derive, errors
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg), repr(eg))
print([repr(e) for e in eg.exceptions], type(eg.exceptions).__name__)
sub = eg.subgroup(ValueError)
print(repr(sub), sub.message)
print(eg.subgroup(KeyError))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
m2, r2 = eg.split(lambda e: "1" in str(e))
print(repr(m2), repr(r2))
print(eg.split(Exception)[1], eg.subgroup(lambda e: True) is eg)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
print(str(nested), repr(nested.subgroup(ValueError)))
print(repr(nested.split(KeyError)[0]))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("only exceptions", [ValueError("x")])
print(type(beg2).__name__)
for args in [("msg", []), ("msg", [1]), (5, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("eg", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
d = eg.derive([KeyError("new")])
print(repr(d), d.__traceback__)
class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(type(mg.subgroup(ValueError)).__name__, type(mg.split(TypeError)[0]).__name__)
print(eg.args)
