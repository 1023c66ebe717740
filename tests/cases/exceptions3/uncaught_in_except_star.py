def inner():
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
try:
    inner()
except* ValueError:
    raise KeyError("during star")
