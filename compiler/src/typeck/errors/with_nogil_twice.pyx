# `with nogil:` nested inside `with nogil:`
with nogil:
    with nogil:
        pass
