# exceptions: nested try blocks, exception in except/finally, handler order, exceptions crossing functions
def level3(x):
    if x == 0:
        raise ValueError("level3 zero")
    return 10 / x
def level2(x):
    try:
        return level3(x)
    except TypeError:
        return "level2 type"
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return "level1 caught " + str(e)
    finally:
        print("level1 finally for", repr(x))
print(level1(4))
print(level1(0))
try:
    print(level1("s"))
except TypeError as e:
    print("top caught", e)
def handler_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("from handler")
try:
    handler_raises()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
def finally_raises():
    try:
        raise KeyError("lost")
    finally:
        raise ValueError("finally wins")
try:
    finally_raises()
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))
except KeyError:
    print("wrong")
results = []
for i in range(6):
    try:
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                raise KeyError(i)
            results.append(("ok", i))
        except ValueError as e:
            results.append(("inner", str(e)))
            if i > 2:
                raise
    except (ValueError, KeyError) as e:
        results.append(("outer", type(e).__name__, str(e)))
print(results)
