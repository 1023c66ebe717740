# functions2: CPython's TypeError messages for bad calls: missing/extra positional, unexpected/duplicate keywords
def two(a, b):
    pass
def three_defaults(a, b=1, c=2):
    pass
def kwonly(*, k):
    pass
def none():
    pass
def star(a, *args):
    pass
class K:
    def meth(self, x):
        pass
    @staticmethod
    def smeth(x):
        pass
    @classmethod
    def cmeth(cls, x):
        pass
calls = [
    ("two()", lambda: two()),
    ("two(1)", lambda: two(1)),
    ("two(1,2,3)", lambda: two(1, 2, 3)),
    ("two(1,2,3,4)", lambda: two(1, 2, 3, 4)),
    ("two(1,b=2,c=3)", lambda: two(1, b=2, c=3)),
    ("two(1,a=2)", lambda: two(1, a=2)),
    ("three()", lambda: three_defaults()),
    ("three(1,2,3,4)", lambda: three_defaults(1, 2, 3, 4)),
    ("kwonly(1)", lambda: kwonly(1)),
    ("kwonly()", lambda: kwonly()),
    ("none(1)", lambda: none(1)),
    ("none(x=1)", lambda: none(x=1)),
    ("star()", lambda: star()),
    ("star(b=1)", lambda: star(1, b=1)),
    ("meth()", lambda: K().meth()),
    ("meth(1,2)", lambda: K().meth(1, 2)),
    ("K.meth(1)", lambda: K.meth(1)),
    ("smeth()", lambda: K.smeth()),
    ("cmeth(1,2)", lambda: K.cmeth(1, 2)),
    ("lambda", lambda: (lambda q: q)()),
    ("two(*[1],**{'a':1})", lambda: two(*[1], **{"a": 1})),
    ("two(1, 2, a=1, b=2)", lambda: two(1, 2, a=1, b=2)),
    ("two(c=1, d=2)", lambda: two(c=1, d=2)),
]
for label, fn in calls:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
