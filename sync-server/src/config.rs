//! The configuration file: `MIRAI_SYNC_*=value` lines, each the environment variable of one
//! flag. A setting from the file is used only where neither the flag nor the environment gives
//! one: a flag wins over the environment, which wins over the file, and every setting has one
//! name wherever it is written.

use std::ffi::OsString;
use std::path::Path;

use anyhow::Context;
use clap::Command;
use mirai_access::DeviceKey;

/// The command line with the settings of `--config FILE` (or `MIRAI_SYNC_CONFIG`) added as
/// flags where neither the command line nor the environment sets them.
pub fn args(command: &Command) -> anyhow::Result<Vec<OsString>> {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    let mut file = std::env::var_os("MIRAI_SYNC_CONFIG");
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg == "--config" {
            file = rest.next().cloned();
        } else if let Some(value) = arg.to_str().and_then(|arg| arg.strip_prefix("--config=")) {
            file = Some(value.into());
        }
    }
    let Some(file) = file else { return Ok(args) };
    let path = Path::new(&file);
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read config file {}", path.display()))?;
    for (name, value) in parse(&text).with_context(|| format!("in config file {}", path.display()))? {
        let flag = command
            .get_arguments()
            .find(|arg| arg.get_env().is_some_and(|env| env == name.as_str()))
            .and_then(|arg| arg.get_long())
            .with_context(|| format!("config file {}: {name} is not a setting", path.display()))?;
        let given = args.iter().any(|arg| {
            arg.to_str().is_some_and(|arg| arg == format!("--{flag}") || arg.starts_with(&format!("--{flag}=")))
        });
        if !given && std::env::var_os(&name).is_none() {
            args.push(format!("--{flag}={value}").into());
        }
    }
    Ok(args)
}

/// The settings in `text`: blank lines and `#` comments skipped; every other line is
/// `MIRAI_SYNC_NAME=value` (the value taken as written, without quotes).
fn parse(text: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut settings = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) =
            line.split_once('=').with_context(|| format!("line {}: expected NAME=value", number + 1))?;
        let name = name.trim();
        anyhow::ensure!(
            name.starts_with("MIRAI_SYNC_")
                && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "line {}: {name:?} is not a MIRAI_SYNC_ setting",
            number + 1
        );
        settings.push((name.to_owned(), value.trim().to_owned()));
    }
    Ok(settings)
}

/// A device key from its 64 hex digits.
pub fn device(hex_digits: &str) -> anyhow::Result<DeviceKey> {
    mirai_sync::registry::device_key(hex_digits.trim())
        .with_context(|| format!("{hex_digits:?} is not a device key (64 hex digits)"))
}

/// `ORG:DEVICE` → the organisation and the device key.
pub fn org_admin(entry: &str) -> anyhow::Result<(String, DeviceKey)> {
    let (org, key) = entry.split_once(':').with_context(|| format!("{entry:?} is not ORG:DEVICE"))?;
    anyhow::ensure!(mirai_sync::registry::valid_id(org), "{org:?} is not an organisation id (letters, digits, - _ .)");
    Ok((org.to_owned(), device(key)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_file_holds_only_mirai_sync_settings() {
        let parsed = parse("# the server\n\nMIRAI_SYNC_LISTEN = 0.0.0.0:8787\nMIRAI_SYNC_DATA=/var/lib/mirai\n")
            .expect("parsed");
        assert_eq!(
            parsed,
            [("MIRAI_SYNC_LISTEN".into(), "0.0.0.0:8787".into()), ("MIRAI_SYNC_DATA".into(), "/var/lib/mirai".into())]
        );
        assert!(parse("PATH=/tmp").is_err());
        assert!(parse("MIRAI_SYNC_LISTEN").is_err());
    }

    #[test]
    fn an_org_admin_entry_names_an_organisation_and_a_key() {
        let key = "ab".repeat(32);
        assert_eq!(org_admin(&format!("ngo-a:{key}")).expect("entry"), ("ngo-a".to_owned(), [0xab; 32]));
        assert!(org_admin(&key).is_err());
        assert!(org_admin(&format!("ngo a:{key}")).is_err());
        assert!(org_admin("ngo-a:1234").is_err());
    }
}
