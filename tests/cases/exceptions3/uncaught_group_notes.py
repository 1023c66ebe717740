eg = ExceptionGroup("g", [ValueError(1)])
eg.exceptions[0].add_note("leaf note\nline2")
eg.exceptions[0].__notes__.append(7)
eg.add_note("group note")
raise eg
