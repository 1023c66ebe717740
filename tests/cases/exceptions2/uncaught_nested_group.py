# exceptions2: UNCAUGHT nested exception groups with notes, a chained sub-exception, and a BaseExceptionGroup
def inner_group():
    try:
        {}["k"]
    except KeyError as e:
        err = RuntimeError("lookup wrapper")
        err.__cause__ = e
    inner = ExceptionGroup("inner", [err, IndexError("idx")])
    inner.add_note("note on inner group")
    return inner
sub = ValueError("leaf with note")
sub.add_note("first leaf note")
sub.add_note("second leaf note")
print("raising nested group")
raise BaseExceptionGroup("outer", [sub, inner_group(), KeyboardInterrupt()])
