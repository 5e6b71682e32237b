# `continue` in a try block not inside a loop
try:
    continue
finally:
    pass
