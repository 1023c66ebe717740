# classes: base class algorithms calling overridable hooks, NotImplementedError for abstract hooks
class Report:
    def render(self):
        parts = [self.header()]
        for item in self.items():
            parts.append(self.format_item(item))
        parts.append(self.footer())
        return "\n".join(parts)
    def header(self):
        return "== " + type(self).__name__ + " =="
    def items(self):
        raise NotImplementedError("subclass must implement items")
    def format_item(self, item):
        return "- " + str(item)
    def footer(self):
        return "(end)"
class Numbers(Report):
    def items(self):
        return [1, 2, 3]
class Squares(Numbers):
    def format_item(self, item):
        return "* %d^2 = %d" % (item, item * item)
    def footer(self):
        return super().footer().upper()
print(Numbers().render())
print(Squares().render())
try:
    Report().render()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Hooked:
    log = []
    def __init__(self):
        self.setup()
    def setup(self):
        Hooked.log.append("Hooked.setup")
class HookedChild(Hooked):
    def setup(self):
        Hooked.log.append("HookedChild.setup")
        super().setup()
HookedChild()
print(Hooked.log)
class Shape:
    sides = 0
    def describe(self):
        return "%s with %d sides" % (self.name(), self.sides)
    @classmethod
    def name(cls):
        return cls.__name__.lower()
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
    @classmethod
    def name(cls):
        return "square!"
print([s().describe() for s in (Shape, Tri, Sq)])
