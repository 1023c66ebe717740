# exceptions2: add_note() and __notes__: accumulation, type checking, notes surviving re-raise and groups
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def annotate():
    try:
        int("x")
    except ValueError as err:
        err.add_note("while parsing config")
        raise
try:
    annotate()
except ValueError as err:
    print(err, err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["assigned list"]
e2.add_note("appended")
print(e2.__notes__)
e3 = TypeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
eg = ExceptionGroup("eg", [ValueError("a")])
eg.add_note("group note")
sub = eg.subgroup(ValueError)
print(sub.__notes__ if hasattr(sub, "__notes__") else "no notes", sub is eg)
m, r = ExceptionGroup("eg2", [ValueError("a"), TypeError("b")]), None
m.add_note("copied to split parts")
a, b = m.split(ValueError)
print(a.__notes__, b.__notes__, a.__notes__ is m.__notes__)
