# exceptions: try/except/else/finally ordering, exception messages, except as e, type names
def attempt(kind):
    log = []
    try:
        log.append("try")
        if kind == "zero":
            1 // 0
        elif kind == "value":
            int("xyz")
        elif kind == "key":
            {}["missing"]
        elif kind == "index":
            [][0]
        elif kind == "type":
            "a" + 1
        log.append("no error")
    except ZeroDivisionError as e:
        log.append("zde:" + str(e))
    except ValueError as e:
        log.append("ve:" + str(e))
    except (KeyError, IndexError) as e:
        log.append(type(e).__name__ + ":" + str(e))
    except Exception as e:
        log.append("other " + type(e).__name__ + ": " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "zero", "value", "key", "index", "type"]:
    print(k, attempt(k))
try:
    raise ValueError("custom message")
except ValueError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, repr(str(e)), repr(e))
try:
    raise RuntimeError("a", 1)
except RuntimeError as e:
    print(e, repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(e), repr(str(e)))
try:
    try:
        x = 1 / 0
    except ZeroDivisionError:
        print("inner caught")
    print("continue after inner")
except ZeroDivisionError:
    print("not reached")
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as ne:
    print("NameError after handler:", ne)
