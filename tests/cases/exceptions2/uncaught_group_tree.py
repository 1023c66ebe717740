# exceptions2: UNCAUGHT ExceptionGroup: tree rendering of sub-exceptions with their own tracebacks
def fail_value():
    raise ValueError("bad value")
def fail_type():
    raise TypeError("bad type")
def collect():
    errors = []
    for fn in (fail_value, fail_type):
        try:
            fn()
        except Exception as e:
            errors.append(e)
    errors.append(KeyError("no traceback"))
    print("collected", len(errors), "errors")
    raise ExceptionGroup("several failures", errors)
collect()
