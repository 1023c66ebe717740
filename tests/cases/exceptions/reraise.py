# exceptions: bare raise re-raise, raise from, __cause__/__context__, re-raising a different exception
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("bad: " + s) from e
for s in ["12", "x"]:
    try:
        print(convert(s))
    except LookupError as e:
        print(type(e).__name__, e, "cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        saved = e
    raise saved
except KeyError as e:
    print("re-raised saved", e)
e2 = ValueError("made", 42)
print(repr(e2), str(e2))
try:
    raise e2
except ValueError as got:
    print("raised stored instance:", repr(got))
