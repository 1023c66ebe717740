# exceptions2: raise X from Y sets __cause__ and __suppress_context__; raise from None; from classes and instances
def convert():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
try:
    convert()
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
def hide():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden context") from None
try:
    hide()
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("t") from KeyError
except TypeError as e:
    print("cause from class:", repr(e.__cause__))
try:
    raise IndexError("no handler active") from OSError(2, "x")
except IndexError as e:
    print(type(e.__cause__).__name__, e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = Exception("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as ka:
        raise ValueError("b") from ka
except ValueError as vb:
    print(vb.__cause__ is vb.__context__, vb.__cause__.args)
