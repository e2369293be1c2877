//! A real PostgreSQL server for tests: Debian's `initdb` into a temporary folder, `pg_ctl start`
//! on a Unix socket in that folder (no TCP port), `pg_ctl stop -m fast` when dropped. Shared by
//! `mirai-sync`'s store tests and `mirai-sync-server`'s PostgreSQL test (by `#[path]`).
//!
//! PostgreSQL refuses to run as root, and tests run as root in CI: then `initdb`, `pg_ctl` and
//! the server run as the `postgres` user (which Debian's package creates) or else `nobody`, in a
//! folder owned by that user (the uid and gid are set by `std::process::Command` in the child,
//! which also drops root's supplementary groups; no `su`, `sudo` or PAM involved). Root, the
//! test, still reaches the socket (it bypasses file permissions).
//!
//! The cluster's default collation is ICU `en-US`, a linguistic one, so a query that forgets
//! `COLLATE "C"` orders keys differently than bytes and the range tests catch it. `fsync` and
//! `synchronous_commit` stay on: the durability tests crash the server for real.
//!
//! Missing PostgreSQL is a failure with a clear message, never a skip.
#![allow(dead_code)]

use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A running test cluster; stopped (fast) and deleted when dropped.
pub struct TestPostgres {
    bin: PathBuf,
    /// Holds `data/`, `log` and the socket; deleted last.
    dir: tempfile::TempDir,
    user: Option<(u32, u32)>,
    stopped: bool,
}

/// Debian installs each major version under `/usr/lib/postgresql/<major>/bin`; the newest wins.
/// `MIRAI_TEST_PG_BIN` names another folder holding `initdb` and `pg_ctl`.
fn find_bin() -> PathBuf {
    if let Some(dir) = std::env::var_os("MIRAI_TEST_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let major = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((major, bin))
        })
        .collect();
    found.sort();
    match found.pop() {
        Some((_, bin)) => bin,
        None => panic!(
            "PostgreSQL is not installed: these tests need a real server (initdb and pg_ctl under \
             /usr/lib/postgresql/<version>/bin). On Debian: `apt-get install postgresql` (test.sh \
             installs it), or set MIRAI_TEST_PG_BIN to a folder holding initdb and pg_ctl."
        ),
    }
}

fn running_as_root() -> bool {
    // The owner of /proc/self is the process's effective uid (no unsafe libc call needed).
    std::fs::metadata("/proc/self").map(|meta| meta.uid() == 0).unwrap_or(false)
}

/// The uid and gid of `postgres`, else `nobody`, from /etc/passwd.
fn unprivileged_user() -> (u32, u32) {
    let passwd = std::fs::read_to_string("/etc/passwd").expect("read /etc/passwd");
    for name in ["postgres", "nobody"] {
        for line in passwd.lines() {
            let fields: Vec<&str> = line.split(':').collect();
            if fields.len() > 3
                && fields[0] == name
                && let (Ok(uid), Ok(gid)) = (fields[2].parse(), fields[3].parse())
            {
                return (uid, gid);
            }
        }
    }
    panic!("running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as");
}

/// Whether every folder from `/` to `dir` lets others through (an unprivileged server must reach
/// its data), and a socket path inside it stays under the 107-byte limit.
fn usable_base(dir: &Path) -> bool {
    dir.as_os_str().len() < 60
        && dir.ancestors().all(|folder| std::fs::metadata(folder).is_ok_and(|meta| meta.mode() & 0o001 != 0))
}

impl TestPostgres {
    /// initdb + start; panics (with the server's log) if either fails.
    pub fn start() -> Self {
        let started = Instant::now();
        let bin = find_bin();
        let user = running_as_root().then(unprivileged_user);
        let base = std::env::temp_dir();
        let base = if usable_base(&base) { base } else { PathBuf::from("/tmp") };
        let dir = tempfile::Builder::new().prefix("mirai-pg-").tempdir_in(&base).expect("temp dir for postgresql");
        if let Some((uid, gid)) = user {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).expect("chown the temp dir");
        }
        let mut pg = TestPostgres { bin, dir, user, stopped: true };
        let data = pg.data();
        pg.run_checked(
            "initdb",
            &[
                "-D",
                path_str(&data),
                "-U",
                "mirai",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--locale-provider=icu",
                "--icu-locale=en-US",
                // Only initdb's own files skip fsync; the server below keeps fsync on.
                "--no-sync",
            ],
        );
        let settings = format!(
            "\nlisten_addresses = ''\nunix_socket_directories = '{}'\nfsync = on\nsynchronous_commit = on\n\
             max_connections = 60\nshared_buffers = 16MB\nrecovery_init_sync_method = syncfs\n",
            pg.socket_dir().display()
        );
        let conf = data.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).expect("read postgresql.conf");
        text.push_str(&settings);
        std::fs::write(&conf, text).expect("write postgresql.conf");
        pg.start_server();
        eprintln!("postgresql started in {} ms at {}", started.elapsed().as_millis(), pg.socket_dir().display());
        pg
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The folder holding the server's socket.
    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// A connection string for database `db` (key=value form, which both the `postgres` crate
    /// and the server's `--postgres` accept).
    pub fn url(&self, db: &str) -> String {
        format!("host={} port=5432 user=mirai dbname={db}", self.socket_dir().display())
    }

    /// An administrative connection to database `postgres` (not from inside a tokio runtime).
    pub fn admin(&self) -> postgres::Client {
        self.client("postgres")
    }

    /// A connection to `db`.
    pub fn client(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.url(db), postgres::NoTls).expect("connect to the test postgresql")
    }

    /// Creates database `name` and returns its connection string. Callable from async tests:
    /// the `postgres` client runs on a thread of its own (it panics inside a tokio runtime).
    pub fn create_database(&self, name: &str) -> String {
        let admin = self.url("postgres");
        let sql = format!("CREATE DATABASE \"{name}\"");
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let mut client = postgres::Client::connect(&admin, postgres::NoTls).expect("connect");
                client.batch_execute(&sql).expect("create database");
            });
        });
        self.url(name)
    }

    /// Stops the server the way a power cut would (`-m immediate`: no shutdown checkpoint, the
    /// WAL is replayed at the next start) and starts it again.
    pub fn crash_and_restart(&mut self) {
        self.pg_ctl(&["stop", "-m", "immediate"]);
        self.stopped = true;
        self.start_server();
    }

    /// Stops the server (fast: connections are closed) and starts it again.
    pub fn restart(&mut self) {
        self.pg_ctl(&["stop", "-m", "fast"]);
        self.stopped = true;
        self.start_server();
    }

    /// Stops the server (fast); [`TestPostgres::start_server`] starts it again.
    pub fn stop_server(&mut self) {
        self.pg_ctl(&["stop", "-m", "fast"]);
        self.stopped = true;
    }

    /// Starts the stopped server and waits until it accepts connections.
    pub fn start_server(&mut self) {
        let log = self.dir.path().join("log");
        let output =
            self.command("pg_ctl", &["start", "-w", "-t", "60", "-D", path_str(&self.data()), "-l", path_str(&log)]);
        if !output.status.success() {
            panic!(
                "pg_ctl start failed: {}\n--- server log ---\n{}",
                String::from_utf8_lossy(&output.stderr),
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        self.stopped = false;
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    fn pg_ctl(&self, args: &[&str]) {
        let data = self.data();
        let mut all = vec!["-D", path_str(&data), "-w", "-t", "60"];
        all.extend_from_slice(args);
        self.run_checked("pg_ctl", &all);
    }

    fn command(&self, tool: &str, args: &[&str]) -> Output {
        let mut command = Command::new(self.bin.join(tool));
        command.args(args).env("LC_ALL", "C").env_remove("PGDATA").current_dir(self.dir.path());
        if let Some((uid, gid)) = self.user {
            command.uid(uid).gid(gid);
        }
        command.output().unwrap_or_else(|error| panic!("cannot run {}: {error}", self.bin.join(tool).display()))
    }

    fn run_checked(&self, tool: &str, args: &[&str]) {
        let output = self.command(tool, args);
        assert!(
            output.status.success(),
            "{tool} {args:?} failed:\n{}{}\n--- server log ---\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
            self.log()
        );
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        if !self.stopped {
            let data = self.data();
            let output = self.command("pg_ctl", &["stop", "-D", path_str(&data), "-m", "fast", "-w", "-t", "30"]);
            if !output.status.success() {
                eprintln!("pg_ctl stop failed: {}", String::from_utf8_lossy(&output.stderr));
            }
        }
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// Waits until `check` holds, polling; panics with `what` after `limit`.
pub fn eventually(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
