# protocols: multiple context managers in one with, exit order, failure in a later __enter__
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x") as x, CM("y", fail_enter=True) as y, CM("z") as z:
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("p"), CM("q"):
        raise ValueError("from body")
except ValueError as e:
    print("caught", e)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1, p2)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("Suppress.__exit__ sees", exc[0].__name__ if exc[0] else None)
        return True
with Suppress(), CM("inner"):
    raise KeyError("suppressed by outer")
print("after suppress")
with CM("outer2"), Suppress():
    raise KeyError("suppressed by inner")
print("end")
