//! One malloc arena for the whole process, where the C library is glibc.
//!
//! glibc gives threads that allocate at the same time arenas of their own, up to eight per
//! core, each keeping its own free space. The server's memory is mostly thousands of small
//! objects that live as long as their connections, made on the runtime's threads and freed on
//! others; with one arena, 10,000 idle connections took 51.9 MiB instead of 54.3 MiB
//! (BENCHMARKS.md), and allocation is a small share of the server's time.

/// Sets the arena limit. Call it first in `main`, before any thread is started.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub(crate) fn one_arena() {
    // SAFETY: `mallopt` only sets an allocator parameter; no other thread exists yet. Its
    // answer (1 when set) is not needed: without it the server runs as before, with more memory.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Other C libraries keep their own defaults.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub(crate) fn one_arena() {}
