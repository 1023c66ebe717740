# notes
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("n1")
e.add_note("n2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
e.__notes__ = "notalist"
try:
    e.add_note("n3")
except TypeError as x:
    print(x)
del e.__notes__
print(hasattr(e, "__notes__"))
class S(str): pass
e.add_note(S("sub"))
print(e.__notes__, type(e.__notes__[0]).__name__)
try:
    e.add_note()
except TypeError as x:
    print(x)
