# `print` inside a `with nogil:` block
with nogil:
    print(1)
