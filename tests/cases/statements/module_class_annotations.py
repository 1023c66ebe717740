# statements: __annotations__ of modules and classes: creation, evaluation order, nested blocks, mangling, non-simple targets
events = []
def note(x):
    events.append(x)
    return x
print("__annotations__" in globals())
top: note("top ann") = note("top value")
for i in range(2):
    if i:
        looped: note("loop ann")
print(__annotations__, events)
class Pre:
    __annotations__ = {"preexisting": 1}
    added: int
print(Pre.__annotations__)
class Private:
    __hidden: int = 1
    shown: str
    def get(self):
        return self.__hidden
print(Private.__annotations__, Private().get())
class Targets:
    (paren): note("paren ann") = 1
    obj = type("O", (), {})()
    obj.attr: note("attr ann")
    d = {}
    d[note("key")]: note("sub ann")
print(events[2:], Targets.__annotations__, Targets.paren)
class Empty:
    pass
print("__annotations__" in Empty.__dict__)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
class InTry:
    try:
        t: int = 1
    finally:
        pass
    with Ctx() as fh:
        w: float
print(InTry.__annotations__)
def func_body():
    x: note("never evaluated")
    y: int = 2
    return y
print(func_body(), events[-1])
