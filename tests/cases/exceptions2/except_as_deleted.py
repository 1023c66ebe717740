# exceptions2: the `except ... as name` target is deleted after the handler, even if it was bound before
e = "previous value"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
def f():
    err = 1
    try:
        raise KeyError("k")
    except (KeyError, IndexError) as err:
        saved = err
    try:
        return err
    except UnboundLocalError as ue:
        return "UnboundLocalError: " + str(ue) + " / saved=" + repr(saved)
print(f())
def g():
    try:
        raise TypeError("t")
    except TypeError as exc:
        exc = "rebound inside handler"
        print(exc)
    return "exc" in locals()
print(g())
def h():
    try:
        raise IndexError("i")
    except (KeyError, IndexError) as err:
        kind = type(err).__name__
    try:
        err
    except NameError:
        return kind + " and err is gone"
print(h())
def not_taken():
    err = "kept"
    try:
        pass
    except Exception as err:
        pass
    return err
print(not_taken())
def in_loop():
    out = []
    for i in range(3):
        try:
            if i != 1:
                raise ValueError(i)
        except ValueError as item:
            out.append(item.args[0])
    return out, "item" in locals()
print(in_loop())
