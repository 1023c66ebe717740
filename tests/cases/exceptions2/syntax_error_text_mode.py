# exceptions2: SyntaxError.text keeps a newline in exec mode, in eval/single mode only where the source has one
for src, mode in [('1 +','exec'),('a b','eval'),('a b','single'),('a b\n','eval'),('def f(:\n    pass','exec')]:
  try: compile(src,'c',mode)
  except SyntaxError as e: print(repr(e.text), e.offset)
