# `with gil:` sections and `with gil` functions run one at a time, on every
# thread of a team (recorded with OpenMP): each section reads a shared cell,
# works a while and writes it back, so a section that overlapped another
# would lose counts. The GIL is given back on every way out of a section:
# after it, on `break`/`continue`/`return` out of it, and when it raises
# (a later team still gets it). A `with gil` function called inside a
# section takes it again without waiting for itself.
from cython.parallel cimport prange, parallel

cdef long slow_bump(long *cell, int work) noexcept nogil:
    # Read, work, write: a window in which another thread's bump would be lost.
    cdef long seen = cell[0]
    cdef int s
    cdef long spin = 0
    for s in range(work):
        spin = spin * 31 + s
    cell[0] = seen + 1 + (spin & 0) 
    return spin

cdef void bump_with_gil(long *cell) noexcept with gil:
    slow_bump(cell, 200)

cdef long sections_in_block(int per_thread) noexcept nogil:
    cdef long cell[1]
    cdef int j
    cell[0] = 0
    with parallel(num_threads=4):
        for j in range(per_thread):
            with gil:
                slow_bump(cell, 300)
    return cell[0]

cdef long sections_in_prange(int n) noexcept nogil:
    cdef long cell[1]
    cdef int i
    cell[0] = 0
    for i in prange(n, num_threads=4, schedule='dynamic'):
        with gil:
            slow_bump(cell, 300)
            bump_with_gil(cell)
    return cell[0]

cdef long functions_in_prange(int n) noexcept nogil:
    cdef long cell[1]
    cdef int i
    cell[0] = 0
    for i in prange(n, num_threads=3):
        bump_with_gil(cell)
    return cell[0]

cdef long jumps_out_of_sections(int n) noexcept nogil:
    # break and continue leave a section that a loop runs inside of.
    cdef long cell[1]
    cdef int i, k
    cell[0] = 0
    for i in prange(n, num_threads=4):
        for k in range(10):
            with gil:
                slow_bump(cell, 100)
                if k == 2:
                    break
                if k % 2 == 0:
                    continue
                slow_bump(cell, 100)
    return cell[0]

cdef long section_returns(long *cell, int k) noexcept nogil:
    with gil:
        slow_bump(cell, 100)
        if k % 3 == 0:
            return -1
        slow_bump(cell, 100)
    return k

cdef long returns_out_of_sections(int n) noexcept nogil:
    cdef long cell[1]
    cdef int i
    cdef long got = 0
    cell[0] = 0
    for i in prange(n, num_threads=4):
        got += section_returns(cell, i)
    return cell[0] * 1000000 + got

cdef int raising_section(long *cell, int k) except -1 nogil:
    with gil:
        slow_bump(cell, 100)
        if k == 7:
            raise ValueError("seven")
    return 0

def main():
    cdef long cell[1]
    cdef int i
    print("block", sections_in_block(500))
    print("prange", sections_in_prange(1000))
    print("functions", functions_in_prange(900))
    print("jumps", jumps_out_of_sections(300))
    print("returns", returns_out_of_sections(300))
    cell[0] = 0
    try:
        for i in prange(10, nogil=True, num_threads=1):
            raising_section(cell, i)
    except ValueError as e:
        print("raised", e, cell[0])
    # The GIL was given back when the section raised: these take it again.
    print("after", sections_in_prange(200), sections_in_block(50))

main()
