class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal("x"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), type(a).__name__, isinstance(a, Dog))
print(Puppy.__mro__ == (Puppy, Dog, Animal, object), [c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
print(issubclass(Puppy, Animal), Dog.sound, Puppy("p").sound, Animal.speak(Dog("d")))
