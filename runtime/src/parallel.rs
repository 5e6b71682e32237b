//! What Rust output's `prange` loops call: the size of a team of threads and
//! the iterations each thread runs, handed out as OpenMP (libgomp) hands
//! them out, so that a `schedule='static'` loop gives every thread the
//! iterations it gets in the C output.
//!
//! `for i in prange(10, num_threads=3)` → threads 0, 1, 2 run iterations
//! 0..4, 4..7 and 7..10.

use std::any::Any;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

/// The number of threads a `prange` loop of `count` iterations runs on:
/// `num_threads=` when given and positive, else `OMP_NUM_THREADS`, else one
/// per core; never more than `count` (the extra threads would have nothing
/// to do), never fewer than 1; 1 inside a team (see [`run_team`]).
#[inline]
pub fn team_size(requested: Option<i64>, count: i64) -> usize {
    if IN_TEAM.with(Cell::get) {
        // A loop inside a team's job runs on its thread alone (nested
        // parallelism is off, as in OpenMP by default).
        return 1;
    }
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

/// The `prange` loops of one `with parallel():` block's team (OpenMP's
/// orphaned `omp for`): every thread reaches the block's loops in the same
/// order and numbers them from 0; the first thread to reach loop `seq`
/// makes its [`Shares`], which the others then take, so that a dynamic or
/// guided schedule hands each chunk to one thread of the team. A loop's
/// shares are dropped once every thread of the team has taken them.
///
/// `with parallel(num_threads=2): for i in prange(n, schedule='dynamic')`
/// → both threads call `shares(0, …)` and take chunks from one counter.
#[derive(Debug, Default)]
pub struct TeamWork {
    loops: Mutex<Vec<(usize, Arc<Shares>, usize)>>,
}

impl TeamWork {
    pub fn new() -> TeamWork {
        TeamWork::default()
    }

    /// The shares of the block's loop number `seq` (`count` iterations on
    /// `team` threads), made by the first thread that asks.
    pub fn shares(&self, seq: usize, kind: ScheduleKind, chunk: Option<i64>, count: i64, team: usize) -> Arc<Shares> {
        let mut loops = self.loops.lock().unwrap_or_else(|e| e.into_inner());
        let at = match loops.iter().position(|(s, _, _)| *s == seq) {
            Some(at) => at,
            None => {
                loops.push((seq, Arc::new(Shares::new(kind, chunk, count, team)), 0));
                loops.len() - 1
            }
        };
        let entry = &mut loops[at];
        entry.2 += 1;
        let shares = Arc::clone(&entry.1);
        if entry.2 >= team {
            loops.swap_remove(at);
        }
        shares
    }
}

/// Runs `job` on `team` threads and returns each thread's result, in thread
/// order: the calling thread runs thread 0's share, the workers of this
/// thread's [pool](#the-team-of-a-calling-thread) the others. A panic in any
/// share resumes in the caller once every thread has finished.
///
/// Inside an active team (of more than one thread; a function with a
/// `prange` called from a `prange` body) the loop runs on the calling thread
/// alone: [`team_size`] is 1 there and [`thread_num`] is 0, as for OpenMP's
/// inner team of one when nested parallelism is off (its default). Inside a
/// team of one, which OpenMP does not count as active, a loop gets a team.
///
/// # The team of a calling thread
///
/// Each thread that runs a `prange` loop owns its workers, as each thread
/// that starts an OpenMP region owns libgomp's pool: they are started by its
/// first loop of that size and live until it ends. Between loops a worker
/// polls for the next job as long as libgomp's does before it sleeps
/// (`GOMP_SPINCOUNT`, else 300 000 polls, which libgomp estimates at 3 ms;
/// none with `OMP_WAIT_POLICY=passive`, practically forever with `active`,
/// 1000 when the team has more threads than the machine has cores), so that
/// back-to-back loops do not pay to start or wake threads; the caller waits
/// for the workers at the end of a loop the same way. Callers on different threads never share a worker, so
/// none waits for another's loop and each gets the team size it asked for,
/// with the same partition of the iterations.
///
/// The job is borrowed, as by scoped threads: `run_team` returns only after
/// every worker has finished with it (also when a share panics).
pub fn run_team<F, R>(team: usize, job: F) -> Vec<R>
where
    F: Fn(usize) -> R,
{
    let team = team.max(1);
    if team > 1 && !IN_TEAM.with(Cell::get) {
        let pooled = POOL.try_with(|pool| pool.try_borrow_mut().ok().map(|mut pool| pool.run(team, &job)));
        if let Ok(Some(out)) = pooled {
            return out;
        }
    }
    // A team of one, a loop inside a team, or no pool (the thread is
    // ending): every share in turn on this thread. A team of one is not
    // active, as in OpenMP: a loop inside it gets a team of its own.
    (0..team).map(|t| work(&job, t, team > 1)).collect()
}

std::thread_local! {
    /// The number of the team thread this thread is running as (0 outside a team).
    static THREAD_NUM: Cell<usize> = const { Cell::new(0) };
    /// Whether this thread is running a share of an active team's job (a
    /// team of more than one thread).
    static IN_TEAM: Cell<bool> = const { Cell::new(false) };
    /// This thread's workers.
    static POOL: RefCell<Pool> = RefCell::new(Pool::new());
}

/// `threadid()`: this thread's number in the team running the enclosing
/// `prange` loop, 0 outside one (as OpenMP's `omp_get_thread_num()`).
pub fn thread_num() -> i32 {
    THREAD_NUM.with(Cell::get) as i32
}

/// One thread's share of the work; while it runs, [`thread_num`] is `thread`
/// and the thread is in an active team if `active` (a team of more than one
/// thread) or if it was in one already.
fn work<F, R>(job: &F, thread: usize, active: bool) -> R
where
    F: Fn(usize) -> R,
{
    struct Restore(usize, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_NUM.with(|t| t.set(self.0));
            IN_TEAM.with(|t| t.set(self.1));
        }
    }
    let _restore = Restore(THREAD_NUM.with(|t| t.replace(thread)), IN_TEAM.with(|t| t.replace(t.get() || active)));
    run_job(job, thread)
}

/// The job in a function of its own, so that its loop is optimised by
/// itself: inlined into code that makes calls after it (starting and
/// joining the team, the thread-locals above), the values the loop carries
/// (a reduction's copy) would live across those calls and be kept in memory
/// on every iteration.
#[inline(never)]
fn run_job<F, R>(job: &F, thread: usize) -> R
where
    F: Fn(usize) -> R,
{
    job(thread)
}

/// What a worker needs to run one share of the current job: the caller's
/// [`Frame`] and the function that runs a share of it, with its types
/// erased.
#[derive(Clone, Copy)]
struct JobRef {
    frame: *const (),
    call: unsafe fn(*const (), usize),
}

/// The job and the results of one [`Pool::run`], on the caller's stack.
struct Frame<F, R> {
    job: *const F,
    /// One slot per thread; thread `t` writes slot `t` only.
    out: *mut Option<R>,
}

/// Runs thread `thread`'s share of the job in `frame` and stores its result.
///
/// # Safety
///
/// `frame` points to a live `Frame<F, R>` whose job and result slots stay
/// borrowed until every share has run, and no other thread runs share
/// `thread`.
unsafe fn call_share<F, R>(frame: *const (), thread: usize)
where
    F: Fn(usize) -> R,
{
    // SAFETY: by the function's contract the frame, its job and its result
    // slots are live; slot `thread` is written by this share alone and read
    // by the caller only after every share has finished.
    unsafe {
        let frame = &*frame.cast::<Frame<F, R>>();
        let result = work(&*frame.job, thread, true);
        frame.out.add(thread).write(Some(result));
    }
}

/// What the caller and its workers share.
struct Shared {
    /// The current job: written by the caller while no worker runs one
    /// (before it starts them, after they all finished).
    job: UnsafeCell<Option<JobRef>>,
    /// Workers that have not finished the current job.
    pending: AtomicUsize,
    /// Whether the caller sleeps waiting for `pending` to reach 0.
    caller_asleep: AtomicBool,
    done_lock: Mutex<()>,
    done: Condvar,
    /// The first panic of a worker's share in the current job.
    panic: Mutex<Option<Box<dyn Any + Send>>>,
    /// How many times a waiting thread polls before it sleeps.
    spins: AtomicU64,
}

// SAFETY: `job` is the only field that is not `Sync`/`Send` by itself. The
// caller writes it only while no worker runs a job (before it starts them
// and after `pending` reached 0, with SeqCst atomics ordering these writes
// against the workers' reads), and the raw pointers it holds are used only
// during that job, whose borrow `run_team` keeps alive until it ends.
unsafe impl Send for Shared {}
// SAFETY: as for `Send`.
unsafe impl Sync for Shared {}

impl Shared {
    fn spins(&self) -> u64 {
        self.spins.load(Ordering::Relaxed)
    }

    /// A worker finished its share; the last one wakes the caller if it sleeps.
    fn finish_one(&self) {
        if self.pending.fetch_sub(1, Ordering::SeqCst) == 1 && self.caller_asleep.load(Ordering::SeqCst) {
            let _guard = lock(&self.done_lock);
            self.done.notify_one();
        }
    }

    /// Waits (spinning, then sleeping) until every worker finished its share.
    fn wait_done(&self) {
        if spin_until(self.spins(), || (self.pending.load(Ordering::Acquire) == 0).then_some(())).is_some() {
            return;
        }
        let mut guard = lock(&self.done_lock);
        // With the SeqCst store before the load, and the worker's SeqCst
        // decrement before its load of `caller_asleep`, either this thread
        // sees 0 or the last worker sees it asleep and notifies (under the
        // lock, so not before the wait below releases it).
        self.caller_asleep.store(true, Ordering::SeqCst);
        while self.pending.load(Ordering::SeqCst) != 0 {
            guard = self.done.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
        self.caller_asleep.store(false, Ordering::Relaxed);
    }
}

/// One worker's mailbox: a new epoch starts its share of the current job.
struct Slot {
    epoch: AtomicU64,
    asleep: AtomicBool,
    stop: AtomicBool,
    lock: Mutex<()>,
    wake: Condvar,
}

impl Slot {
    fn new() -> Slot {
        Slot {
            epoch: AtomicU64::new(0),
            asleep: AtomicBool::new(false),
            stop: AtomicBool::new(false),
            lock: Mutex::new(()),
            wake: Condvar::new(),
        }
    }

    /// Starts the worker on the current job (or on stopping).
    fn start(&self) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        if self.asleep.load(Ordering::SeqCst) {
            let _guard = lock(&self.lock);
            self.wake.notify_one();
        }
    }

    /// Waits (spinning, then sleeping) for an epoch after `seen`; returns it.
    fn wait_past(&self, seen: u64, spins: u64) -> u64 {
        if let Some(epoch) = spin_until(spins, || Some(self.epoch.load(Ordering::Acquire)).filter(|e| *e != seen)) {
            return epoch;
        }
        let mut guard = lock(&self.lock);
        // As in `Shared::wait_done`: either this load sees the new epoch or
        // `start` sees the worker asleep and notifies it under the lock.
        self.asleep.store(true, Ordering::SeqCst);
        loop {
            let epoch = self.epoch.load(Ordering::SeqCst);
            if epoch != seen {
                self.asleep.store(false, Ordering::Relaxed);
                return epoch;
            }
            guard = self.wake.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// A worker: runs thread `thread`'s share of each job its slot starts.
fn worker_main(shared: Arc<Shared>, slot: Arc<Slot>, thread: usize) {
    let mut seen = 0;
    loop {
        seen = slot.wait_past(seen, shared.spins());
        if slot.stop.load(Ordering::SeqCst) {
            return;
        }
        // SAFETY: the caller wrote the job before it started this epoch
        // (SeqCst), and keeps it, and the frame it points to, until this
        // worker's `finish_one`.
        let job = unsafe { *shared.job.get() };
        if let Some(job) = job {
            // SAFETY: `run_team` borrows the frame until every share ran;
            // share `thread` is this worker's alone.
            let ran = panic::catch_unwind(AssertUnwindSafe(|| unsafe { (job.call)(job.frame, thread) }));
            if let Err(payload) = ran {
                lock(&shared.panic).get_or_insert(payload);
            }
        }
        // A share leaves no exception state behind for the next job: as on
        // a thread started for the loop, each share begins with none.
        crate::sys::clear_thread_state();
        shared.finish_one();
    }
}

/// A calling thread's workers: worker `w` runs thread `w + 1`'s shares.
struct Pool {
    shared: Arc<Shared>,
    workers: Vec<(Arc<Slot>, Option<JoinHandle<()>>)>,
    /// The polls before sleeping that `GOMP_SPINCOUNT` or
    /// `OMP_WAIT_POLICY` ask for (libgomp's defaults).
    policy_spins: u64,
    /// The process that started the workers: a child of `fork` has the
    /// pool but not its threads (only the forking thread is copied).
    pid: u32,
}

impl Pool {
    fn new() -> Pool {
        let policy = std::env::var("OMP_WAIT_POLICY").map(|p| p.trim().to_ascii_lowercase()).unwrap_or_default();
        let count = std::env::var("GOMP_SPINCOUNT").ok().and_then(|c| c.trim().parse::<u64>().ok());
        let policy_spins = match (count, policy.as_str()) {
            (Some(count), _) => count,
            (None, "passive") => 0,
            (None, "active") => 30_000_000_000,
            (None, _) => 300_000,
        };
        Pool {
            shared: Arc::new(Shared {
                job: UnsafeCell::new(None),
                pending: AtomicUsize::new(0),
                caller_asleep: AtomicBool::new(false),
                done_lock: Mutex::new(()),
                done: Condvar::new(),
                panic: Mutex::new(None),
                spins: AtomicU64::new(0),
            }),
            workers: Vec::new(),
            policy_spins,
            pid: std::process::id(),
        }
    }

    /// Starts workers until there are `wanted` (fewer if the system
    /// refuses threads); returns how many there are, at most `wanted`.
    fn grow(&mut self, wanted: usize) -> usize {
        let before = self.workers.len();
        while self.workers.len() < wanted {
            let slot = Arc::new(Slot::new());
            let thread = self.workers.len() + 1;
            let (shared, mine) = (Arc::clone(&self.shared), Arc::clone(&slot));
            let spawned = std::thread::Builder::new()
                .name(format!("cytrus-team-{thread}"))
                .spawn(move || worker_main(shared, mine, thread));
            match spawned {
                Ok(handle) => self.workers.push((slot, Some(handle))),
                Err(_) => break,
            }
        }
        if self.workers.len() != before || before == 0 {
            // More threads than cores: spinning only takes the core a
            // thread of the team needs (libgomp throttles its spin then too).
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            let spins = if self.workers.len() + 1 > cores { self.policy_spins.min(1000) } else { self.policy_spins };
            self.shared.spins.store(spins, Ordering::Relaxed);
        }
        self.workers.len().min(wanted)
    }

    /// Runs `job` on `team` threads (`team` > 1): this thread runs share 0
    /// (and the shares of workers the system refused), the workers the rest.
    fn run<F, R>(&mut self, team: usize, job: &F) -> Vec<R>
    where
        F: Fn(usize) -> R,
    {
        if self.pid != std::process::id() {
            // A child of `fork`: its workers do not exist here, and their
            // locks may be held. Start again, leaving the old pool alone.
            std::mem::forget(std::mem::replace(self, Pool::new()));
        }
        let helpers = self.grow(team - 1);
        let mut out: Vec<Option<R>> = (0..team).map(|_| None).collect();
        let frame = Frame { job: job as *const F, out: out.as_mut_ptr() };
        let frame_ptr = (&frame as *const Frame<F, R>).cast::<()>();
        // SAFETY: no worker runs a job now (the previous `run` waited for
        // all of them), so none reads the cell while it is written.
        unsafe { *self.shared.job.get() = Some(JobRef { frame: frame_ptr, call: call_share::<F, R> }) };
        self.shared.pending.store(helpers, Ordering::SeqCst);
        for (slot, _) in &self.workers[..helpers] {
            slot.start();
        }
        let mine = panic::catch_unwind(AssertUnwindSafe(|| {
            for thread in std::iter::once(0).chain(helpers + 1..team) {
                // SAFETY: `frame` lives until the end of this function, and
                // the shares run here are not started on any worker.
                unsafe { call_share::<F, R>(frame_ptr, thread) };
            }
        }));
        // Every worker is done with the frame after this, whatever happened
        // on this thread: the borrow of `job` and `out` ends here.
        self.shared.wait_done();
        // SAFETY: no worker runs a job now.
        unsafe { *self.shared.job.get() = None };
        if let Err(payload) = mine {
            panic::resume_unwind(payload);
        }
        if let Some(payload) = lock(&self.shared.panic).take() {
            panic::resume_unwind(payload);
        }
        out.into_iter().map(|r| r.expect("every share of the team ran")).collect()
    }
}

impl Drop for Pool {
    /// The calling thread ends: its workers stop (none runs a job, since
    /// `run` waits for them) and are joined.
    fn drop(&mut self) {
        if self.pid != std::process::id() {
            // A child of `fork`: there are no workers to stop or detach.
            std::mem::forget(std::mem::take(&mut self.workers));
            return;
        }
        for (slot, _) in &self.workers {
            slot.stop.store(true, Ordering::SeqCst);
            slot.start();
        }
        for (_, handle) in &mut self.workers {
            if let Some(handle) = handle.take() {
                let _ = handle.join();
            }
        }
    }
}

/// Polls `ready` once and then up to `spins` more times, with a spin-loop
/// hint (x86's `pause`, as libgomp's) before each, until it gives a value.
fn spin_until<T>(spins: u64, mut ready: impl FnMut() -> Option<T>) -> Option<T> {
    if let Some(value) = ready() {
        return Some(value);
    }
    for _ in 0..spins {
        std::hint::spin_loop();
        if let Some(value) = ready() {
            return Some(value);
        }
    }
    None
}

/// Locks `m`; a panic of another holder does not matter to these locks (they guard nothing, or an `Option`).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

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
    fn a_loop_inside_a_team_runs_alone_as_thread_0() {
        let got = run_team(3, |outer| {
            let inner = team_size(Some(4), 100);
            let ids = run_team(inner, |_| thread_num());
            (outer, thread_num(), inner, ids)
        });
        assert_eq!(got, vec![(0, 0, 1, vec![0]), (1, 1, 1, vec![0]), (2, 2, 1, vec![0])]);
        // Back outside: a team again.
        assert_eq!(team_size(Some(2), 100), 2);
        assert_eq!(run_team(2, |_| thread_num()), vec![0, 1]);
    }

    #[test]
    fn a_loop_inside_a_team_of_one_gets_a_team() {
        let got = run_team(1, |_| {
            let inner = team_size(Some(3), 100);
            (inner, run_team(inner, |_| thread_num()))
        });
        assert_eq!(got, vec![(3, vec![0, 1, 2])]);
    }

    #[test]
    fn a_panic_in_a_worker_resumes_in_the_caller_after_the_team_finished() {
        let done = AtomicUsize::new(0);
        let caught = std::panic::catch_unwind(AssertUnwindSafe(|| {
            run_team(3, |t| {
                if t == 2 {
                    panic!("share 2");
                }
                std::thread::sleep(Duration::from_millis(5));
                done.fetch_add(1, Ordering::SeqCst);
            })
        }));
        assert!(caught.is_err());
        assert_eq!(done.load(Ordering::SeqCst), 2);
        // The pool still works.
        assert_eq!(run_team(3, |t| t + 1), vec![1, 2, 3]);
        let caught = std::panic::catch_unwind(|| run_team(2, |t| if t == 0 { panic!("share 0") } else { t }));
        assert!(caught.is_err());
        assert_eq!(run_team(2, |t| t), vec![0, 1]);
    }

    /// Many small loops back to back from several calling threads at once,
    /// with every schedule and team sizes that change: each loop must see
    /// every iteration exactly once, and its threads' numbers.
    #[test]
    fn many_small_loops_from_several_callers() {
        std::thread::scope(|scope| {
            for caller in 0..4usize {
                scope.spawn(move || {
                    for round in 0..400usize {
                        let team = team_size(Some(1 + ((round + caller) % 4) as i64), 1 + (round % 37) as i64);
                        let count = 1 + (round % 37) as i64;
                        let kind = [ScheduleKind::Static, ScheduleKind::Dynamic, ScheduleKind::Guided][round % 3];
                        let chunk = (round % 5 == 0).then_some(2);
                        let shares = Shares::new(kind, chunk, count, team);
                        let seen: Vec<AtomicUsize> = (0..count).map(|_| AtomicUsize::new(0)).collect();
                        let parts = run_team(team, |t| {
                            let mut sum = 0i64;
                            for (lo, hi) in shares.of_thread(t) {
                                for k in lo..hi {
                                    seen[k as usize].fetch_add(1, Ordering::Relaxed);
                                    sum += k;
                                }
                            }
                            (thread_num(), sum)
                        });
                        assert_eq!(parts.len(), team);
                        assert!(parts.iter().enumerate().all(|(t, p)| p.0 == t as i32));
                        assert_eq!(parts.iter().map(|p| p.1).sum::<i64>(), count * (count - 1) / 2);
                        assert!(seen.iter().all(|s| s.load(Ordering::Relaxed) == 1));
                    }
                });
            }
        });
    }

    #[test]
    fn thread_num_is_the_team_thread_inside_and_0_outside() {
        assert_eq!(run_team(3, |_| thread_num()), vec![0, 1, 2]);
        assert_eq!(thread_num(), 0);
    }

    #[test]
    fn a_blocks_team_shares_each_loop_once() {
        // 40 loops of 97 iterations in one block of 3 threads, dynamic and
        // guided: every iteration of every loop runs once, on some thread.
        let work = TeamWork::new();
        let team = 3;
        let parts = run_team(team, |t| {
            let mut seen = vec![Vec::new(); 40];
            for (seq, ran) in seen.iter_mut().enumerate() {
                let kind = if seq % 2 == 0 { ScheduleKind::Dynamic } else { ScheduleKind::Guided };
                let shares = work.shares(seq, kind, Some(1 + (seq as i64 % 4)), 97, team);
                for (lo, hi) in shares.of_thread(t) {
                    ran.extend(lo..hi);
                }
            }
            seen
        });
        for seq in 0..40 {
            let mut all: Vec<i64> = parts.iter().flat_map(|p| p[seq].iter().copied()).collect();
            all.sort();
            assert_eq!(all, (0..97).collect::<Vec<_>>(), "loop {seq}");
        }
        assert!(work.loops.lock().unwrap().is_empty(), "every loop's shares dropped");
    }
}
