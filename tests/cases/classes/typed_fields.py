# classes: validating descriptors with __set_name__, per-instance storage, class access returns descriptor
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s.%s must be %s, not %s" % (type(obj).__name__, self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("resetting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return "Person(" + ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields) + ")"
p = Person(name="ann", age=3)
print(p, Person._fields)
for bad in [{"name": 5}, {"age": "old"}, {"age": 2.5}]:
    try:
        Person(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
q = Person()
print(q)
q.age = True
print(q, type(q.age).__name__)
del p.age
print(p)
print(type(Person.name).__name__, Person.age.default)
people = [Person(name="p%d" % i, age=i) for i in range(2000)]
print(sum(x.age for x in people), people[-1])
