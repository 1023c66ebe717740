# exceptions: finally with return/break/continue, return overriding, finally runs on exception propagation
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"
print(swallow())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_continue())
def finally_break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "after loop", i
print(finally_break_swallows())
def propagate():
    try:
        try:
            raise KeyError("deep")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    propagate()
except KeyError as e:
    print("caught", repr(e))
def counter_finally(n):
    c = 0
    for i in range(n):
        try:
            if i % 1000 == 999:
                raise IndexError(i)
            c += 1
        except IndexError:
            c -= 1
        finally:
            c += 2
    return c
print(counter_finally(20000))
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 5:
                return i
        finally:
            if i == 5:
                print("finally at", i)
print(while_finally())
