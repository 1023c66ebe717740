class N:
    def __str__(self): raise RuntimeError
e = ValueError("v")
e.__notes__ = [N()]
raise e
