# An unprefixed ASCII string literal where a `char *` is expected is a C
# string, as a `b"…"` literal is: assigned, returned, passed, in a
# conditional, with escapes, empty.
cdef extern from "string.h":
    size_t strlen(const char *s)
    int strcmp(const char *a, const char *b)

cdef const char *pick(int k):
    if k > 0:
        return "positive"
    elif k < 0:
        return b"negative"
    return ""

cdef size_t count(const char *s, char c):
    cdef size_t i, n = 0
    for i in range(strlen(s)):
        if s[i] == c:
            n += 1
    return n

cdef const char *g = "module\tglobal"
cdef const char *later
later = "assigned later"

def main():
    cdef const char *local = "local\n"
    cdef char *mutable_ptr = "x"
    cdef const char *either = "left" if strlen(g) > 3 else "right"
    print(strlen(pick(1)), strlen(pick(-1)), strlen(pick(0)))
    print(count("banana", b"a"), count("mississippi", "s"), count("", "z"))
    print(strlen(g), g[6], strlen(later), strlen(local), local[5], mutable_ptr[0])
    print(strcmp(either, "left") == 0, strcmp("abc", "abd") < 0, either[0])
    cdef const char *quotes = "it's \"quoted\" \\ done"
    print(strlen(quotes), quotes[2], quotes[5], quotes[13])

main()
