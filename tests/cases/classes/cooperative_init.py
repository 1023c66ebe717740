# classes: cooperative __init__ with **kwargs threading through a diamond MRO, each class called once
class Root:
    def __init__(self, **kw):
        print("Root.__init__ leftover", sorted(kw))
        super().__init__()
class Named(Root):
    def __init__(self, name, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged(Root):
    def __init__(self, age, **kw):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person.__init__")
        super().__init__(**kw)
p = Person(name="ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
q = Person(name="bo", age=4, extra=1)
class Leaky(Root):
    def __init__(self, **kw):
        super().__init__(**kw)
try:
    class Strict:
        def __init__(self):
            super().__init__()
    class Bottom(Strict, Named):
        pass
    Bottom(name="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Root.__init__(Root(), unexpected=1)
    object.__init__(Root(), unexpected=1)
except TypeError as e:
    print(type(e).__name__, e)
class Log:
    calls = []
class A(Log):
    def go(self):
        Log.calls.append("A")
        getattr(super(), "go", lambda: None)()
class B(Log):
    def go(self):
        Log.calls.append("B")
        getattr(super(), "go", lambda: None)()
class C(A, B):
    def go(self):
        Log.calls.append("C")
        super().go()
C().go()
print(Log.calls)
