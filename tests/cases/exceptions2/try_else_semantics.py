# exceptions2: try/except/else/finally: else only without exception, exceptions in else not caught by same try
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("in try")
        if mode == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
        if mode == "else-raise":
            raise KeyError("in else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in ["normal", "raise", "return"]:
    print(mode, run(mode))
try:
    run("else-raise")
except KeyError as e:
    print("else exception escaped its try:", repr(e))
def loop_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append("try %d" % i)
        except Exception:
            out.append("never")
        else:
            out.append("else %d" % i)
    return out
print(loop_else())
def handler_raises():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    except TypeError:
        return "sibling handler does not catch"
    finally:
        print("finally runs while TypeError propagates")
try:
    handler_raises()
except TypeError as e:
    print("caught outside:", e)
def try_finally_only():
    try:
        return "value"
    finally:
        print("finally before return completes")
print(try_finally_only())
