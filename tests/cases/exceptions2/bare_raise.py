# exceptions2: bare raise re-raises the exception being handled; nested handlers; outside any handler -> RuntimeError
def reraiser():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("caught again", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested_reraise():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except Exception as e:
    print("bare raise after inner handler re-raises:", repr(e))
def reraise_in_function_called_from_handler():
    raise
try:
    try:
        raise IndexError("from caller's handler")
    except IndexError:
        reraise_in_function_called_from_handler()
except IndexError as e:
    print("helper re-raised", repr(e))
def after_handler():
    try:
        raise ValueError("x")
    except ValueError:
        pass
    raise
try:
    after_handler()
except RuntimeError as e:
    print(type(e).__name__, e)
def in_finally():
    try:
        raise OSError("in try")
    finally:
        print("finally sees exception in flight")
try:
    in_finally()
except OSError as e:
    print("propagated", e)
def raise_modified():
    try:
        raise ValueError("before")
    except ValueError as e:
        e.args = ("after modification",)
        raise
try:
    raise_modified()
except ValueError as e:
    print(e)
