//! `mirai-org`: what an organisation runs on its own computer to receive self-checks that
//! workers chose to share with it.
//!
//! ```text
//! mirai-org keygen --key org.key --name "Workers Aid"   # prints the code workers add
//! mirai-org code --key org.key --name "Workers Aid"     # prints it again
//! mirai-org open --key org.key --out opened.jsonl sealed/*      # one submission a line
//! mirai-org report --questionnaire worker-self-check.json --employers employers.csv \
//!     --submissions opened.jsonl --lang ja --out report/        # report.csv and SVG charts
//! mirai-org team device --device this.key                      # this computer's device key
//! mirai-org team invite --server wss://sync.example.org/sync --device this.key \
//!     --org "ab12 cd34 ef56 7890" --role caseworker             # a code for a new staff member
//! mirai-org team join --server wss://sync.example.org/sync --device this.key ABCD-EFGH
//! mirai-org team shared ...   mirai-org team assign ... --caseworker ACCOUNT --worker ACCOUNT
//! ```

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use mirai_aggregate::{Policy, Window, release, to_csv, to_svg};
use mirai_core::{Date, Language};
use mirai_i18n::Localizer;
use mirai_org_cli::team::{self, TeamCommand};
use mirai_org_cli::{
    labels, open_submission, read_employers, read_key, submissions_for_report, survey_of, write_new_key,
};
use mirai_pack::content::Questionnaire;
use mirai_seal::OrgCode;
use mirai_selfcheck::Submission;

#[derive(Parser)]
#[command(version, about = "An organisation's key, shared self-checks, and k-anonymous reports")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make the organisation's key pair; the secret half goes to --key (never overwritten).
    Keygen {
        /// Where to keep the secret key. Back it up: without it, nothing sealed to it opens.
        #[arg(long)]
        key: PathBuf,
        /// The name workers will see in the app.
        #[arg(long)]
        name: String,
    },
    /// Print the code workers add to the app, for an existing key.
    Code {
        /// The secret key file.
        #[arg(long)]
        key: PathBuf,
        /// The name workers will see in the app.
        #[arg(long)]
        name: String,
    },
    /// Open sealed submissions into JSON lines; a file that does not open is reported and left out.
    Open {
        /// The secret key file.
        #[arg(long)]
        key: PathBuf,
        /// The questionnaire the submissions were sealed for.
        #[arg(long, default_value = "worker-self-check")]
        questionnaire: String,
        /// Where to write the opened submissions (created; never overwritten).
        #[arg(long)]
        out: PathBuf,
        /// Sealed submission files.
        files: Vec<PathBuf>,
    },
    /// Release a k-anonymous report of the last closed window as CSV and SVG charts.
    Report {
        /// The questionnaire's JSON, as in the content pack.
        #[arg(long)]
        questionnaire: PathBuf,
        /// The employer register: `employer,segment` a line.
        #[arg(long)]
        employers: PathBuf,
        /// Opened submissions, as `open` writes them.
        #[arg(long)]
        submissions: PathBuf,
        /// The day of the release (YYYY-MM-DD); today by default.
        #[arg(long)]
        today: Option<String>,
        /// A day in the window to report (YYYY-MM-DD); the last closed window by default.
        #[arg(long)]
        window_containing: Option<String>,
        /// The language of the charts' words.
        #[arg(long, default_value = "en")]
        lang: String,
        /// A folder for report.csv, cross-employer.svg and one employer-N.svg per employer.
        #[arg(long)]
        out: PathBuf,
    },
    /// The organisation's staff on the sync server: device keys, invitations, what workers
    /// shared, assignments.
    #[command(subcommand)]
    Team(TeamCommand),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Keygen { key, name } => {
            let secret = mirai_seal::SecretKey::generate()?;
            let code = OrgCode::new(&name, secret.public_key())?;
            write_new_key(&key, &secret)?;
            println!("{code}");
            eprintln!("key check (fingerprint): {}", code.key.fingerprint());
        }
        Command::Code { key, name } => {
            let code = OrgCode::new(&name, read_key(&key)?.public_key())?;
            println!("{code}");
            eprintln!("key check (fingerprint): {}", code.key.fingerprint());
        }
        Command::Open { key, questionnaire, out, files } => open(&key, &questionnaire, &out, &files)?,
        Command::Report { questionnaire, employers, submissions, today, window_containing, lang, out } => {
            let day = |text: &str, flag: &str| text.parse::<Date>().with_context(|| format!("{flag} {text}"));
            let today = match today {
                Some(text) => day(&text, "--today")?,
                None => Date::from_unix_seconds(
                    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs().try_into()?,
                ),
            };
            let policy = Policy::default();
            let window = match window_containing {
                Some(text) => policy.window_containing(day(&text, "--window-containing")?)?,
                None => policy.last_released_window(today)?,
            };
            let lang: Language = lang.parse().map_err(|_| anyhow::anyhow!("unknown language {lang}"))?;
            let files = Files { questionnaire, employers, submissions, out };
            report(&files, &policy, &window, today, lang)?;
        }
        Command::Team(command) => {
            let invite = matches!(command, TeamCommand::Invite { .. });
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(team::run(command, &mut std::io::stdout().lock()))?;
            if invite {
                eprintln!("good once, for ten minutes: the new member runs `mirai-org team join` with it");
            }
        }
    }
    Ok(())
}

fn open(key: &Path, questionnaire: &str, out: &Path, files: &[PathBuf]) -> anyhow::Result<()> {
    let key = read_key(key)?;
    let mut lines = Vec::new();
    let mut refused = 0;
    for file in files {
        let sealed = std::fs::read(file).with_context(|| file.display().to_string())?;
        match open_submission(&key, questionnaire, &sealed) {
            Ok(submission) => {
                lines.extend(submission.to_json());
                lines.push(b'\n');
            }
            Err(error) => {
                refused += 1;
                eprintln!("{}: {error}", file.display());
            }
        }
    }
    let mut target = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
        .with_context(|| format!("{} (it must not exist yet)", out.display()))?;
    target.write_all(&lines)?;
    target.sync_all()?;
    eprintln!("opened {} of {}", files.len() - refused, files.len());
    if refused > 0 {
        bail!("{refused} file(s) did not open");
    }
    Ok(())
}

/// What `report` reads and where it writes.
struct Files {
    questionnaire: PathBuf,
    employers: PathBuf,
    submissions: PathBuf,
    out: PathBuf,
}

fn report(files: &Files, policy: &Policy, window: &Window, today: Date, lang: Language) -> anyhow::Result<()> {
    let questionnaire: Questionnaire =
        serde_json::from_slice(&std::fs::read(&files.questionnaire)?).context("the questionnaire")?;
    let employers = read_employers(&std::fs::read_to_string(&files.employers)?)?;
    let out = files.out.as_path();
    let mut opened = Vec::new();
    for (n, line) in std::fs::read(&files.submissions)?.split(|b| *b == b'\n').enumerate() {
        if !line.is_empty() {
            opened.push(Submission::from_json(line).with_context(|| format!("submissions line {}", n + 1))?);
        }
    }
    let (rows, skipped) = submissions_for_report(&opened, &employers);
    let survey = survey_of(&questionnaire, employers.clone());
    let report = release(&rows, &survey, policy, window, today)?;
    let labels = labels(&questionnaire, lang, &Localizer::embedded()?);
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("report.csv"), to_csv(&report))?;
    std::fs::write(out.join("cross-employer.svg"), to_svg(&report.cross_employer(), &labels))?;
    let mut index = BTreeMap::new();
    for (n, employer) in employers.keys().enumerate() {
        let name = format!("employer-{}.svg", n + 1);
        std::fs::write(out.join(&name), to_svg(&report.for_employer(employer), &labels))?;
        index.insert(name, employer.clone());
    }
    println!("window {} to {}", window.first_day(), window.last_day());
    for (file, employer) in index {
        println!("{file}: {employer}");
    }
    eprintln!("{} submission(s) counted, {skipped} left out (no registered employer)", rows.len());
    Ok(())
}
