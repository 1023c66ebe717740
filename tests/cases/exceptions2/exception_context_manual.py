# exceptions2: manually setting __context__/__cause__/__suppress_context__ and __traceback__; type validation
e = ValueError("v")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__context__ = KeyError("ctx")
print(repr(e.__context__))
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__suppress_context__ = 0
except TypeError as err:
    print(type(err).__name__, err)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__traceback__ = "tb"
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print("context preserved when raised outside handler:", repr(caught.__context__))
try:
    raise TypeError("t")
except TypeError:
    try:
        raise e
    except ValueError as caught:
        print("context replaced inside handler:", repr(caught.__context__))
e2 = RuntimeError("r")
e2.__cause__ = e2
print(e2.__cause__ is e2)
try:
    del e2.__cause__
except (TypeError, AttributeError) as err:
    print(type(err).__name__, err)
