# exceptions2: UNCAUGHT exception whose context is a group, and a group whose sub-exception has a context chain
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("cannot parse " + s) from e
def collect(items):
    errors = []
    for s in items:
        try:
            parse(s)
        except LookupError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("parse errors", errors)
try:
    collect(["1", "x"])
except ExceptionGroup as g:
    g.add_note("while collecting")
    print("caught", repr(g))
    raise SystemError("report failed")
