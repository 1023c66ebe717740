e = ValueError("v")
e.__notes__ = 42
raise e
