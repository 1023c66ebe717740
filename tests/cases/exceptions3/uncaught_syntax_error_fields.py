e=SyntaxError("m", ("f.py", 1, 2, "text"))
e.lineno = 9
e.msg = "changed"
raise e
