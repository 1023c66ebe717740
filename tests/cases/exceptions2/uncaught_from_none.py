# exceptions2: UNCAUGHT exception raised `from None` hides the context; three-level chain mixes cause/context
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such setting: " + k) from None
print(lookup({"a": 1}, "a"))
def outer():
    try:
        lookup({}, "zz")
    except LookupError as e:
        raise ValueError("outer failure") from e
try:
    outer()
except ValueError as e:
    print("chain:", type(e).__name__, type(e.__cause__).__name__, e.__cause__.__suppress_context__)
def three():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise TypeError("middle") from z
    except TypeError:
        raise AttributeError("top")
three()
