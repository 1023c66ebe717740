# protocols: with statement control flow without % formatting: return/break/continue, try/finally nesting, exit order, errors in targets and __exit__
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

def ret():
    with CM("r1") as a, CM("r2") as b:
        return a.name + b.name
print(ret())

def loop():
    out = []
    for i in range(4):
        with CM(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    else:
        out.append("no break")
    return out
print(loop())

def in_try():
    try:
        with CM("t"):
            try:
                return "from try"
            finally:
                print("inner finally")
    finally:
        print("outer finally")
print(in_try())

def while_loop():
    n = 0
    while True:
        with CM(f"w{n}"):
            n += 1
            if n < 3:
                continue
            break
    return n
print(while_loop())

def suppress_in_loop():
    seen = []
    for i in range(3):
        with CM(f"s{i}", suppress=True):
            seen.append(i)
            if i == 1:
                raise KeyError(i)
            seen.append(-i)
    return seen
print(suppress_in_loop())

def handled_inside():
    with CM("h"):
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("caught inside", e)
    return "done"
print(handled_inside())

class BareRaise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise
try:
    with BareRaise():
        raise IndexError("handled while __exit__ runs")
except IndexError as e:
    print("bare raise in __exit__ re-raised:", e, e.__context__)
try:
    with CM("bad target") as (p, q):
        print("not reached")
except TypeError as e:
    print("target error:", e)

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
def exit_fails_on_return():
    with ExitFails():
        return "lost"
try:
    exit_fails_on_return()
except RuntimeError as e:
    print(e, e.__context__)
try:
    with ExitFails():
        1 / 0
except RuntimeError as e:
    print(e, "context:", type(e.__context__).__name__)

class Counter:
    entered = 0
    exited = 0
    def __enter__(self):
        Counter.entered += 1
    def __exit__(self, *a):
        Counter.exited += 1
c = Counter()
for i in range(3000):
    with c as v:
        if v is not None:
            print("enter returned", v)
print(Counter.entered, Counter.exited)

def exit_order():
    with CM("a"), CM("b", suppress=True), CM("c"):
        raise LookupError("deep")
    return "b suppressed it"
print(exit_order())

with CM("uncaught"):
    raise ValueError("escapes the with")
