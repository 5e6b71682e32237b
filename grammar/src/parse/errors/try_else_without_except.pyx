try:
    x = 1
else:
    x = 2
finally:
    pass
