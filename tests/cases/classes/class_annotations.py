# classes: class-level annotations, annotated attributes without values, __annotations__ contents
class Config:
    name: str
    port: int = 8080
    debug: bool = False
    tags: "list[str]" = []
print(Config.__annotations__)
print(Config.port, hasattr(Config, "name"))
try:
    Config.name
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Config):
    extra: float = 1.5
print(Sub.__annotations__, Sub.port)
class NoAnn:
    x = 1
print(NoAnn.__dict__.get("__annotations__", "absent"))
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(f.__annotations__)
class Method:
    def m(self, x: int) -> str:
        return str(x)
print(Method.m.__annotations__)
count = 0
def side():
    global count
    count += 1
    return int
class Eval:
    a: side()
    b: side() = 3
print(count, Eval.__annotations__["a"], Eval.b)
def local_ann():
    x: int = 5
    y: str
    return x
print(local_ann(), local_ann.__annotations__)
class Complex:
    d: dict[str, int] = {}
    t: tuple[int, ...] = ()
print(Complex.__annotations__)
