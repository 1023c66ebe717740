# classes: single inheritance, overriding, calling base methods explicitly, attribute lookup chain
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
    def describe(self):
        return self.kind() + ":" + self.speak()
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (age " + str(self.age) + ")"
class Cat(Animal):
    sound = "meow"
for a in [Animal("x"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(a).__name__, a.describe())
print(Puppy.__bases__[0].__name__, Puppy.__base__.__name__)
print([k.__name__ for k in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(Puppy("a", 2), Dog))
print(Dog.__dict__["sound"], "speak" in Dog.__dict__, "speak" in Animal.__dict__)
Animal.kind = lambda self: "ANIMAL"
print(Cat("c").describe(), Dog("d").describe())
class Base:
    def __init__(self):
        self.log = ["base"]
class NoSuperInit(Base):
    def __init__(self):
        self.other = 1
n = NoSuperInit()
print(hasattr(n, "log"), n.other)
print(Base.__subclasses__()[0].__name__)
print(sorted(c.__name__ for c in Animal.__subclasses__()))
