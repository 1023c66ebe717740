try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError as t:
        raise
except* KeyError:
    pass
