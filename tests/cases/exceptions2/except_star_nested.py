# exceptions2: except* with nested groups, preserved notes/tracebacks, multiple clauses matching, bare raise in except*
def make():
    inner = ExceptionGroup("inner", [ValueError("v-inner"), OSError(2, "missing")])
    inner.add_note("inner note")
    return ExceptionGroup("outer", [inner, ValueError("v-outer"), TypeError("t")])
try:
    raise make()
except* ValueError as g:
    print("values:", repr(g))
    print("notes kept on inner copy:", [getattr(x, "__notes__", None) for x in g.exceptions])
except* OSError as g:
    print("os:", repr(g), type(g.exceptions[0].exceptions[0]).__name__)
except* TypeError as g:
    print("types:", repr(g))
try:
    try:
        raise make()
    except* ValueError:
        print("re-raising ValueError part with bare raise")
        raise
    except* OSError:
        print("OSError part handled")
except ExceptionGroup as e:
    print("escaped:", repr(e))
    print("escaped group keeps traceback:", e.__traceback__ is not None)
try:
    try:
        raise ExceptionGroup("eg", [KeyError("a"), KeyError("b")])
    except* KeyError as g:
        for sub in g.exceptions:
            print("handling", repr(sub))
except ExceptionGroup:
    print("not reached")
print("all handled")
count = 0
for i in range(500):
    try:
        raise ExceptionGroup("hot", [ValueError(i), TypeError(i)])
    except* ValueError as g:
        count += g.exceptions[0].args[0]
    except* TypeError:
        count += 1
print(count)
