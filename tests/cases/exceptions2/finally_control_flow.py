# exceptions2: finally with return/break/continue swallows in-flight exceptions; ordering of finally blocks
def ret_in_finally():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally return wins"
print(ret_in_finally())
def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise KeyError(i)
        finally:
            break
    return out
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())
def finally_order():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(finally_order())
def finally_return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_return_value_evaluated_first())
def loop_with_finally():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body %d" % i)
        finally:
            log.append("finally %d" % i)
    return log
print(loop_with_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(while_finally())
def exception_replaced_in_finally():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError:
            print("handled inside finally")
try:
    exception_replaced_in_finally()
except ValueError as e:
    print("original still propagates:", e)
