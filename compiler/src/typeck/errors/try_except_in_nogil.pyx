# try/except inside `with nogil:`
with nogil:
    try:
        pass
    except ValueError:
        pass
