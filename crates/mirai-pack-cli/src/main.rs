//! `mirai-pack`: make keys, build, sign, verify, inspect and diff Mirai content packs.
//!
//! ```text
//! mirai-pack keygen --out keys/ --name root-1          # root-1.secret, root-1.public
//! mirai-pack anchor --threshold 2 keys/root-*.public   # the trust anchor the app is built with
//! mirai-pack keys new --version 1 --expires 2027-12-31 --key keys/content-1.public --out keys.json
//! mirai-pack keys sign keys.json --root keys/root-1.secret      # each root holder, in turn
//! mirai-pack build content/ --out default.unsigned.mpk
//! mirai-pack sign default.unsigned.mpk --keys keys.json --key keys/content-1.secret --out default.mpk
//! mirai-pack verify default.mpk --anchor anchor.json
//! mirai-pack inspect default.mpk
//! mirai-pack diff old.mpk new.mpk --out old-to-new.mpd
//! mirai-pack publish served/ --version 12 --keys keys.json --key keys/content-1.secret
//! mirai-pack xlsform import form.xlsx --out content/questionnaires/worker-self-check.json
//! mirai-pack xlsform export content/questionnaires/worker-self-check.json --out form.xlsx
//! ```
//!
//! `xlsform` lets an NGO write a self-check questionnaire in a spreadsheet, in the XLSForm
//! layout ODK and KoBoToolbox users know (`docs/PACKS.md`, "Writing a questionnaire in a
//! spreadsheet"); import refuses what a pack build would, naming the sheet, row and column.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use mirai_pack::content::Questionnaire;
use mirai_pack::{KeysDocument, Known, Limits, PublicKey, SecretKey, SignedKeys, TrustAnchor, UnsignedPack};
use mirai_pack_cli::{read_content_dir, read_public_key, read_secret_key, read_signed_keys, xlsform};

#[derive(Parser)]
#[command(version, about = "Build, sign and check Mirai content packs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make an Ed25519 key pair: NAME.secret (keep it offline) and NAME.public.
    Keygen {
        /// Folder for the two files.
        #[arg(long)]
        out: PathBuf,
        /// File name stem.
        #[arg(long)]
        name: String,
    },
    /// Print the trust anchor (root public keys and threshold) that the app is built with.
    Anchor {
        /// Root signatures a keys document needs.
        #[arg(long)]
        threshold: usize,
        /// Root public key files.
        roots: Vec<PathBuf>,
    },
    /// Create or sign the keys document that delegates to content keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Build an unsigned pack from a content folder (checks every file against the schema).
    Build {
        /// The content folder, with pack.json.
        dir: PathBuf,
        /// Where to write the unsigned pack.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a content folder beyond the schema: links, references, the same headings and links
    /// in every language, ruby, and phone numbers that are not directory entries.
    Lint {
        /// The content folder, with pack.json.
        dir: PathBuf,
    },
    /// Sign an unsigned pack with a content key.
    Sign {
        /// The unsigned pack.
        pack: PathBuf,
        /// The signed keys document that delegates to the content key.
        #[arg(long)]
        keys: PathBuf,
        /// The content key's secret file.
        #[arg(long)]
        key: PathBuf,
        /// Where to write the signed pack.
        #[arg(long)]
        out: PathBuf,
        /// zstd level.
        #[arg(long, default_value_t = 19)]
        level: i32,
    },
    /// Verify a pack as the app does (without rollback state).
    Verify {
        /// The pack.
        pack: PathBuf,
        /// The trust anchor JSON.
        #[arg(long)]
        anchor: PathBuf,
        /// The app version to check the pack's minimum against (this tool's, which is the app's).
        #[arg(long, default_value = env!("CARGO_PKG_VERSION"))]
        app_version: String,
    },
    /// Show what a pack holds.
    Inspect {
        /// The pack.
        pack: PathBuf,
    },
    /// Write the signed index of a folder of packs (*.mpk) and deltas (*.mpd) for a server.
    Publish {
        /// The folder served to apps.
        dir: PathBuf,
        /// The index version: higher than any index published before.
        #[arg(long)]
        version: u64,
        /// The signed keys document.
        #[arg(long)]
        keys: PathBuf,
        /// The content key's secret file.
        #[arg(long)]
        key: PathBuf,
    },
    /// Make a delta from one version of a pack to the next.
    Diff {
        /// The installed version.
        old: PathBuf,
        /// The new version.
        new: PathBuf,
        /// Where to write the delta.
        #[arg(long)]
        out: PathBuf,
        /// zstd level.
        #[arg(long, default_value_t = 19)]
        level: i32,
    },
    /// Turn a questionnaire written as an XLSForm spreadsheet into questionnaire JSON, or back.
    #[command(subcommand)]
    Xlsform(XlsformCommand),
}

#[derive(Subcommand)]
enum XlsformCommand {
    /// Read an .xlsx form, check it as a pack build would, and write the questionnaire JSON.
    Import {
        /// The workbook (.xlsx) with survey, choices, settings and findings sheets.
        form: PathBuf,
        /// Where to write the questionnaire JSON (questionnaires/<form_id>.json in a content folder).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a questionnaire JSON as an .xlsx form to start from.
    Export {
        /// The questionnaire JSON.
        questionnaire: PathBuf,
        /// Where to write the workbook (.xlsx).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Write an unsigned keys document.
    New {
        /// Strictly increasing version; a key left out of a newer version is revoked.
        #[arg(long)]
        version: u64,
        /// When a newer document is promised (YYYY-MM-DD); shown, not enforced.
        #[arg(long)]
        expires: String,
        /// Content public key files.
        #[arg(long = "key", required = true)]
        keys: Vec<PathBuf>,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Add a root's signature to a keys document, in place.
    Sign {
        /// The keys document.
        keys: PathBuf,
        /// A root secret key file.
        #[arg(long)]
        root: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Keygen { out, name } => keygen(&out, &name),
        Command::Anchor { threshold, roots } => {
            let roots = roots.iter().map(|p| read_public_key(p)).collect::<Result<Vec<_>, _>>()?;
            println!("{}", TrustAnchor::new(roots, threshold)?.to_json());
            Ok(())
        }
        Command::Keys(KeysCommand::New { version, expires, keys, out }) => {
            let keys = keys.iter().map(|p| read_public_key(p)).collect::<Result<Vec<PublicKey>, _>>()?;
            let expires = expires.parse().map_err(|_| anyhow::anyhow!("--expires must be YYYY-MM-DD"))?;
            let document = KeysDocument { version, expires, keys };
            write(&out, &SignedKeys { document: document.to_bytes(), signatures: Vec::new() }.to_json())
        }
        Command::Keys(KeysCommand::Sign { keys, root }) => {
            let mut signed = read_signed_keys(&keys)?;
            signed.add_signature(&read_secret_key(&root)?);
            write(&keys, &signed.to_json())
        }
        Command::Lint { dir } => {
            let findings = mirai_pack_cli::lint(&dir)?;
            for finding in &findings {
                println!("{}: {}", finding.file, finding.problem);
            }
            anyhow::ensure!(findings.is_empty(), "{} problems", findings.len());
            eprintln!("no problems");
            Ok(())
        }
        Command::Build { dir, out } => {
            let pack = read_content_dir(&dir)?.build(&Limits::default())?;
            write(&out, &pack.to_pack(None, 3)?)?;
            eprintln!(
                "built {} version {}: {} files",
                pack.manifest.pack_id,
                pack.manifest.version,
                pack.manifest.files.len()
            );
            Ok(())
        }
        Command::Sign { pack, keys, key, out, level } => {
            let unsigned = UnsignedPack::read(&read(&pack)?, &Limits::default())?;
            let keys = read_signed_keys(&keys)?;
            let key = read_secret_key(&key)?;
            let document = KeysDocument::parse(&keys.document)?;
            if document.key(key.public().id()).is_none() {
                bail!("the keys document does not list this content key");
            }
            write(&out, &unsigned.to_pack(Some(&unsigned.sign(&keys, &key)), level)?)
        }
        Command::Verify { pack, anchor, app_version } => {
            let anchor = TrustAnchor::from_json(&String::from_utf8_lossy(&read(&anchor)?))?;
            let version = semver::Version::parse(&app_version)?;
            let (verified, files) =
                mirai_pack::verify_bytes(&read(&pack)?, &anchor, Known::default(), &Limits::default(), &version)?;
            println!(
                "ok: {} version {}, {} files, keys document version {}",
                verified.manifest.pack_id,
                verified.manifest.version,
                files.len(),
                verified.keys_version
            );
            Ok(())
        }
        Command::Inspect { pack } => inspect(&pack),
        Command::Publish { dir, version, keys, key } => {
            let index = mirai_pack_cli::index_folder(&dir, version)?;
            let signed = index.sign(&read_signed_keys(&keys)?, &read_secret_key(&key)?);
            write(&dir.join("index.json"), &signed)?;
            eprintln!("index version {version}: {} packs", index.packs.len());
            Ok(())
        }
        Command::Diff { old, new, out, level } => {
            let delta = mirai_pack::make_delta(&read(&old)?, &read(&new)?, level, &Limits::default())?;
            write(&out, &delta)?;
            eprintln!("delta: {} bytes", delta.len());
            Ok(())
        }
        Command::Xlsform(command) => xlsform(command),
    }
}

fn xlsform(command: XlsformCommand) -> anyhow::Result<()> {
    match command {
        XlsformCommand::Import { form, out } => {
            let questionnaire =
                xlsform::import(&read(&form)?).with_context(|| format!("{} refused", form.display()))?;
            write(&out, xlsform::to_json(&questionnaire)?.as_bytes())?;
            eprintln!(
                "imported {} version {}: {} questions, {} rules",
                questionnaire.id,
                questionnaire.version,
                questionnaire.items.len(),
                questionnaire.rules.len()
            );
            if out.file_stem().and_then(|stem| stem.to_str()) != Some(questionnaire.id.as_str()) {
                eprintln!("note: a pack takes it only as questionnaires/{}.json", questionnaire.id);
            }
            Ok(())
        }
        XlsformCommand::Export { questionnaire, out } => {
            let parsed: Questionnaire = serde_json::from_slice(&read(&questionnaire)?)
                .with_context(|| format!("{} is not questionnaire JSON", questionnaire.display()))?;
            write(&out, &xlsform::export(&parsed)?)?;
            eprintln!("exported {} version {} to {}", parsed.id, parsed.version, out.display());
            Ok(())
        }
    }
}

fn keygen(out: &Path, name: &str) -> anyhow::Result<()> {
    fs::create_dir_all(out)?;
    let secret = SecretKey::generate()?;
    let secret_path = out.join(format!("{name}.secret"));
    write(&secret_path, secret.to_hex().as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&secret_path, fs::Permissions::from_mode(0o600))?;
    }
    write(&out.join(format!("{name}.public")), secret.public().to_hex().as_bytes())?;
    println!("key id {}", secret.public().id());
    Ok(())
}

fn inspect(path: &Path) -> anyhow::Result<()> {
    let pack = UnsignedPack::read(&read(path)?, &Limits::default())?;
    let m = &pack.manifest;
    println!("pack       {}", m.pack_id);
    println!("version    {}", m.version);
    println!("created    {}", m.created_at);
    println!("min app    {}", m.min_app_version);
    println!("languages  {}", m.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(" "));
    println!("files      {} ({} bytes)", m.files.len(), m.content_bytes());
    for file in &m.files {
        println!("  {:>9}  {}", file.size, file.path);
    }
    Ok(())
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
