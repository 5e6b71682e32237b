//! What Rust output's `prange` loops call: the size of a team of threads and
//! the iterations each thread runs, handed out as OpenMP (libgomp) hands
//! them out, so that a `schedule='static'` loop gives every thread the
//! iterations it gets in the C output.
//!
//! `for i in prange(10, num_threads=3)` → threads 0, 1, 2 run iterations
//! 0..4, 4..7 and 7..10.

use std::sync::atomic::{AtomicI64, Ordering};

/// The number of threads a `prange` loop of `count` iterations runs on:
/// `num_threads=` when given and positive, else `OMP_NUM_THREADS`, else one
/// per core; never more than `count` (the extra threads would have nothing
/// to do), never fewer than 1.
#[inline]
pub fn team_size(requested: Option<i64>, count: i64) -> usize {
    let wanted = match requested {
        Some(n) if n > 0 => n as usize,
        _ => default_team(),
    };
    let count = usize::try_from(count.max(1)).unwrap_or(usize::MAX);
    wanted.min(count).max(1)
}

/// `OMP_NUM_THREADS` (its first number), else the number of cores.
fn default_team() -> usize {
    if let Ok(text) = std::env::var("OMP_NUM_THREADS") {
        if let Some(n) = text.split(',').next().and_then(|n| n.trim().parse::<usize>().ok()) {
            if n > 0 {
                return n;
            }
        }
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// How a loop's iterations are handed out (`lir::Schedule`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScheduleKind {
    Static,
    Dynamic,
    Guided,
}

/// The iterations `0..count` of one loop, shared by a team of `team` threads.
#[derive(Debug)]
pub struct Shares {
    kind: ScheduleKind,
    /// `chunksize=`, or 0 for the schedule's default.
    chunk: i64,
    count: i64,
    team: i64,
    /// The first iteration not handed out yet (dynamic and guided).
    next: AtomicI64,
}

impl Shares {
    #[inline]
    pub fn new(kind: ScheduleKind, chunk: Option<i64>, count: i64, team: usize) -> Shares {
        Shares {
            kind,
            chunk: chunk.filter(|c| *c > 0).unwrap_or(0),
            count: count.max(0),
            team: team.max(1) as i64,
            next: AtomicI64::new(0),
        }
    }

    /// The blocks of iterations thread `thread` runs, in order.
    #[inline]
    pub fn of_thread(&self, thread: usize) -> Blocks<'_> {
        Blocks { shares: self, thread: thread as i64, round: 0 }
    }

    /// The one block `lo..hi` of thread `thread` under the static schedule
    /// without a chunk size (empty when the thread has none): the first
    /// `count % team` threads get one iteration more.
    #[inline]
    pub fn static_block(&self, thread: usize) -> (i64, i64) {
        let t = thread as i64;
        let (q, r) = (self.count / self.team, self.count % self.team);
        let lo = t * q + t.min(r);
        (lo, lo + q + i64::from(t < r))
    }

    /// The last iteration's block ends at `count`.
    #[inline]
    pub fn is_last(&self, end: i64) -> bool {
        end == self.count
    }
}

/// The blocks `lo..hi` of one thread.
#[derive(Debug)]
pub struct Blocks<'s> {
    shares: &'s Shares,
    thread: i64,
    round: i64,
}

impl Iterator for Blocks<'_> {
    type Item = (i64, i64);

    #[inline]
    fn next(&mut self) -> Option<(i64, i64)> {
        let s = self.shares;
        match s.kind {
            ScheduleKind::Static if s.chunk == 0 => {
                // One block each: the first `count % team` threads get one more.
                if self.round > 0 {
                    return None;
                }
                self.round = 1;
                let (lo, hi) = s.static_block(self.thread as usize);
                (lo < hi).then_some((lo, hi))
            }
            ScheduleKind::Static => {
                // Chunks dealt round-robin: chunk k goes to thread k % team.
                let k = self.round * s.team + self.thread;
                self.round += 1;
                let lo = k.checked_mul(s.chunk)?;
                (lo < s.count).then(|| (lo, (lo + s.chunk).min(s.count)))
            }
            ScheduleKind::Dynamic => {
                let chunk = s.chunk.max(1);
                let lo = s.next.fetch_add(chunk, Ordering::Relaxed);
                (lo < s.count).then(|| (lo, (lo + chunk).min(s.count)))
            }
            ScheduleKind::Guided => {
                let least = s.chunk.max(1);
                let mut lo = s.next.load(Ordering::Relaxed);
                loop {
                    if lo >= s.count {
                        return None;
                    }
                    let left = s.count - lo;
                    let size = ((left + s.team - 1) / s.team).max(least).min(left);
                    match s.next.compare_exchange_weak(lo, lo + size, Ordering::Relaxed, Ordering::Relaxed) {
                        Ok(_) => return Some((lo, lo + size)),
                        Err(now) => lo = now,
                    }
                }
            }
        }
    }
}

/// A thread's work: the closure generated code runs on a thread of the
/// team, with what it returns.
///
/// Generated code shares raw pointers (views' data, `double *`) with the
/// team, which Rust does not send between threads by itself. The loop's
/// lowering makes each thread write only its own copies of the variables
/// the body assigns; memory behind the pointers is shared as in C and in
/// Cython's OpenMP loops (different iterations write different elements).
pub struct Job<F>(pub F);

// SAFETY: see the type's documentation: the closure reads the shared
// variables, writes its own copies, and touches memory as the C output does.
unsafe impl<F> Send for Job<F> {}

/// What a [`Job`] returns, carried back to the thread that joins the team.
pub struct Sent<R>(pub R);

// SAFETY: the values are the thread's own copies, handed over once.
unsafe impl<R> Send for Sent<R> {}

impl<F> Job<F> {
    /// Runs the job on thread `thread` of the team.
    pub fn run<R>(self, thread: usize) -> Sent<R>
    where
        F: FnOnce(usize) -> R,
    {
        Sent((self.0)(thread))
    }
}

/// Runs `job` on `team` threads (the calling thread runs the last share)
/// and returns each thread's result, in thread order. A panic in a thread
/// resumes in the caller.
pub fn run_team<F, R>(team: usize, job: F) -> Vec<R>
where
    F: Fn(usize) -> R,
{
    let job = &Job(job);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..team.saturating_sub(1))
            .map(|t| {
                let job: &Job<F> = job;
                // SAFETY: as for `Job`: the shared closure is only read.
                let shared = Job(job);
                scope.spawn(move || {
                    let shared = shared;
                    Sent(work(&shared.0 .0, t))
                })
            })
            .collect();
        let mine = work(&job.0, team.saturating_sub(1));
        let mut out: Vec<R> = handles
            .into_iter()
            .map(|h| match h.join() {
                Ok(r) => r.0,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect();
        out.push(mine);
        out
    })
}

std::thread_local! {
    /// The number of the team thread this thread is running as (0 outside a team).
    static THREAD_NUM: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `threadid()`: this thread's number in the team running the enclosing
/// `prange` loop, 0 outside one (as OpenMP's `omp_get_thread_num()`).
pub fn thread_num() -> i32 {
    THREAD_NUM.with(|t| t.get()) as i32
}

/// One thread's share of the work; while it runs, [`thread_num`] is `thread`.
fn work<F, R>(job: &F, thread: usize) -> R
where
    F: Fn(usize) -> R,
{
    struct Restore(usize);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_NUM.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD_NUM.with(|t| t.replace(thread)));
    run_job(job, thread)
}

/// The job in a function of its own, so that its loop is optimised by
/// itself: inlined into code that makes calls after it (spawning and joining
/// the team, the thread-local above), the values the loop carries (a
/// reduction's copy) would live across those calls and be kept in memory
/// on every iteration.
#[inline(never)]
fn run_job<F, R>(job: &F, thread: usize) -> R
where
    F: Fn(usize) -> R,
{
    job(thread)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(kind: ScheduleKind, chunk: Option<i64>, count: i64, team: usize) -> Vec<Vec<(i64, i64)>> {
        let s = Shares::new(kind, chunk, count, team);
        (0..team).map(|t| s.of_thread(t).collect()).collect()
    }

    #[test]
    fn static_blocks_give_the_first_threads_one_more() {
        assert_eq!(all(ScheduleKind::Static, None, 10, 3), vec![vec![(0, 4)], vec![(4, 7)], vec![(7, 10)]]);
        let s = Shares::new(ScheduleKind::Static, None, 2, 3);
        assert_eq!((0..3).map(|t| s.static_block(t)).collect::<Vec<_>>(), vec![(0, 1), (1, 2), (2, 2)]);
        assert_eq!(all(ScheduleKind::Static, None, 2, 3), vec![vec![(0, 1)], vec![(1, 2)], vec![]]);
    }

    #[test]
    fn static_chunks_are_dealt_round_robin() {
        assert_eq!(all(ScheduleKind::Static, Some(3), 10, 2), vec![vec![(0, 3), (6, 9)], vec![(3, 6), (9, 10)]]);
    }

    #[test]
    fn dynamic_and_guided_hand_out_every_iteration_once() {
        for kind in [ScheduleKind::Dynamic, ScheduleKind::Guided] {
            let mut got: Vec<(i64, i64)> = all(kind, Some(2), 11, 3).concat();
            got.sort();
            let covered: i64 = got.iter().map(|(lo, hi)| hi - lo).sum();
            assert_eq!(covered, 11);
            assert_eq!(got.first().map(|b| b.0), Some(0));
        }
    }

    #[test]
    fn team_of_a_short_loop_is_not_larger_than_its_count() {
        assert_eq!(team_size(Some(8), 3), 3);
        assert_eq!(team_size(Some(2), 100), 2);
        assert_eq!(team_size(Some(2), 0), 1);
    }

    #[test]
    fn run_team_returns_results_in_thread_order() {
        assert_eq!(run_team(4, |t| t * 10), vec![0, 10, 20, 30]);
    }

    #[test]
    fn thread_num_is_the_team_thread_inside_and_0_outside() {
        assert_eq!(run_team(3, |_| thread_num()), vec![0, 1, 2]);
        assert_eq!(thread_num(), 0);
    }
}
