e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nmultiline")
try:
    raise e
finally:
    print("finally ran")
