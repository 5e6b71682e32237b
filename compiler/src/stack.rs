//! Stack for deeply nested modules. Type checking, lowering and printing
//! recurse over the tree; each of their public entry points runs a module
//! nested deeper than a few dozen levels on a thread whose stack is sized
//! for its depth (the parser refuses anything deeper than `MAX_NESTING`), so
//! that neither the command nor a build script calling the library
//! overflows its own.

/// Depth that any caller's stack holds (a debug build takes about 13 KiB of
/// stack per level, a release build about 3).
const SHALLOW: usize = 64;

/// Stack per level of nesting on the deep path: ample for debug builds.
const PER_LEVEL: usize = 64 * 1024;

/// Runs `pass` directly, or on a thread with a stack for `nesting` levels.
pub(crate) fn with_stack_for<T: Send>(nesting: usize, pass: impl FnOnce() -> T + Send) -> T {
    if nesting <= SHALLOW {
        return pass();
    }
    let size = (1 << 20) + nesting * PER_LEVEL;
    let mut pass = Some(pass);
    let slot = &mut pass;
    let outcome = std::thread::scope(|scope| {
        let builder = std::thread::Builder::new().name("cytrus-deep".into()).stack_size(size);
        let spawned = builder.spawn_scoped(scope, move || slot.take().map(|pass| pass()));
        spawned.ok().map(|thread| thread.join())
    });
    match outcome {
        Some(Ok(Some(value))) => value,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        // No thread could be started: this thread's stack is all there is.
        _ => (pass.take().expect("the pass has not run"))(),
    }
}
