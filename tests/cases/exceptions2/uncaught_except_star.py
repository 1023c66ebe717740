# exceptions2: UNCAUGHT group left by except*: new exception from a clause plus the unhandled rest, printed as a tree
def work():
    raise ExceptionGroup("jobs", [ValueError("job 1"), KeyError("job 2"), TypeError("job 3")])
try:
    work()
except* ValueError as g:
    print("handling", repr(g))
    raise RuntimeError("while handling values")
except* TypeError:
    print("ignoring type errors")
