# exception groups
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__)
beg = BaseExceptionGroup("m", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("m", [ValueError()])
print(type(beg2).__name__)
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as x:
    print(x)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, TypeError))
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup((ValueError, TypeError))) , eg.subgroup((ValueError, TypeError)) is eg)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("my", [ValueError(1), TypeError(2)])
m, r = meg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
eg.add_note("note")
try:
    raise eg
except ExceptionGroup as x:
    x.__cause__ = KeyError()
    m, r = x.split(ValueError)
    print(m.__notes__, repr(m.__cause__), m.__traceback__ is x.__traceback__)
print(str(ExceptionGroup("many", [ValueError()] * 3)))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* (TypeError, KeyError) as e:
        print("TK", repr(e))
except Exception as x:
    print("escaped", repr(x))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as x:
    print("rest", repr(x))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e))
except Exception as x:
    print("?", x)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("new")
except Exception as x:
    print(repr(x), repr(x.exceptions[0].__context__) if isinstance(x, BaseExceptionGroup) else "")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise
except Exception as x:
    print("reraise", repr(x))
for bad in ["ExceptionGroup", "(ValueError, ExceptionGroup)"]:
    src = f"try:\n    pass\nexcept* {bad}:\n    pass\n"
    try:
        exec(src)
        print("ok no raise")
    except Exception as x:
        print(type(x).__name__, x)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as x:
    print("TypeError", x)
