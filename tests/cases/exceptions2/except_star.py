# exceptions2: except* matching parts of exception groups, unhandled remainder re-raised, naked exceptions wrapped
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError part:", repr(g))
    except* TypeError as g:
        print("  TypeError part:", repr(g))
print("group with both:")
run(ExceptionGroup("eg", [ValueError("v"), TypeError("t"), ValueError("w")]))
print("naked exception:")
run(ValueError("naked"))
print("with unhandled remainder:")
try:
    run(ExceptionGroup("eg", [ValueError("v"), KeyError("k")]))
except ExceptionGroup as rest:
    print("remainder:", repr(rest))
print("nested groups:")
run(ExceptionGroup("outer", [ExceptionGroup("inner", [TypeError("deep")]), ValueError("top")]))
print("tuple of types:")
try:
    raise ExceptionGroup("eg", [KeyError("k"), IndexError("i"), OSError("o")])
except* (KeyError, IndexError) as g:
    print("  lookup errors:", repr(g))
except* OSError as g:
    print("  os errors:", repr(g))
print("raise inside except*:")
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("new error")
except (ExceptionGroup, RuntimeError) as e:
    print(type(e).__name__, repr(e), repr(e.__context__))
print("raise inside except* with remainder:")
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise RuntimeError("new error 2")
except ExceptionGroup as e:
    print(type(e).__name__, repr(e))
print("naked unhandled stays naked:")
try:
    try:
        raise KeyError("plain")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("caught plain", repr(e))
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass", "<s>", "exec")
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
