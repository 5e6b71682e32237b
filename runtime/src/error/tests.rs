use super::*;

#[test]
fn display_is_kind_colon_message() {
    let e = Error::new(ErrorKind::IndexError, "Out of bounds on buffer access (axis 0)");
    assert_eq!(e.to_string(), "IndexError: Out of bounds on buffer access (axis 0)");
}

#[test]
fn display_without_message_is_the_kind_alone() {
    assert_eq!(Error::new(ErrorKind::MemoryError, "").to_string(), "MemoryError");
}

#[test]
fn exception_catches_every_kind_and_others_only_themselves() {
    let e = Error::new(ErrorKind::ZeroDivisionError, "float division");
    assert!(e.matches(ErrorKind::Exception));
    assert!(e.matches(ErrorKind::ZeroDivisionError));
    assert!(!e.matches(ErrorKind::ValueError));
    assert!(!e.matches(ErrorKind::OverflowError));
}

#[test]
fn codes_round_trip() {
    for kind in ErrorKind::ALL {
        assert_eq!(ErrorKind::from_code(kind as c_int), Some(kind));
    }
    assert_eq!(ErrorKind::from_code(11), None);
    assert_eq!(ErrorKind::from_code(-1), None);
}

#[test]
fn indicator_set_match_fetch_restore_clear() {
    let msg = std::ffi::CString::new("multiple of seven").unwrap();
    // SAFETY: `msg` is a NUL-terminated string; every fetched error is restored or freed.
    unsafe {
        assert_eq!(cytrus_err_occurred(), 0);
        cytrus_err_set(ErrorKind::ValueError as c_int, msg.as_ptr());
        assert_eq!(cytrus_err_occurred(), 1);
        assert_eq!(cytrus_err_matches(ErrorKind::ValueError as c_int), 1);
        assert_eq!(cytrus_err_matches(ErrorKind::Exception as c_int), 1);
        assert_eq!(cytrus_err_matches(ErrorKind::TypeError as c_int), 0);
        let fetched = cytrus_err_fetch();
        assert_eq!(cytrus_err_occurred(), 0);
        assert_eq!(cytrus_error_kind(fetched), ErrorKind::ValueError as c_int);
        assert_eq!((*fetched).message, "multiple of seven");
        cytrus_err_restore(fetched);
        assert_eq!(cytrus_err_occurred(), 1);
        cytrus_err_clear();
        assert_eq!(cytrus_err_occurred(), 0);
        assert!(cytrus_err_fetch().is_null());
        cytrus_err_set(ErrorKind::TypeError as c_int, ptr::null());
        let fetched = cytrus_err_fetch();
        assert_eq!((*fetched).to_string(), "TypeError");
        cytrus_error_free(fetched);
    }
}

#[test]
fn indicator_is_per_thread() {
    raise(Error::new(ErrorKind::IndexError, "here"));
    let other = std::thread::spawn(|| cytrus_err_occurred()).join().unwrap();
    assert_eq!(other, 0);
    assert_eq!(cytrus_err_occurred(), 1);
    cytrus_err_clear();
}

#[test]
fn unraisable_report_matches_cython() {
    // Recorded from Cython 3.3.1 on Python 3.11 (`python3 -c "import m"`).
    let e = Error::new(ErrorKind::ValueError, "ignored");
    assert_eq!(
        e.unraisable_report("fn_noexcept_swallow.risky"),
        "ValueError: ignored\n\
         Exception ignored in: 'fn_noexcept_swallow.risky'\n\
         Traceback (most recent call last):\n  \
         File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed\n\
         ValueError: ignored\n"
    );
}

#[test]
fn error_stays_small() {
    // It travels in every `Result` of Rust output.
    assert_eq!(std::mem::size_of::<Error>(), 32);
}
