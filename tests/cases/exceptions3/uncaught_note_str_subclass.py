class S(str):
    def __str__(self): return "SUB"
e = ValueError("v")
e.add_note(S("orig"))
raise e
