//! The architecture rules, checked. Each test names the rule it keeps.

use std::collections::BTreeSet;

use xtask::{Graph, files_under, root};

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

/// Rule: crates under `crates/` have no Tauri dependency, direct or indirect, so the server,
/// CLIs, tests and benchmarks can use them, and they build for Android and iOS unchanged.
#[test]
fn shared_crates_do_not_depend_on_tauri() {
    let graph = Graph::load().expect("cargo metadata");
    let shared = graph.members_under("crates");
    assert!(shared.len() >= 4, "expected the mirai-* crates under crates/, found {}", shared.len());
    let forbidden = ["tauri", "tauri-runtime", "tauri-runtime-wry", "wry", "tao", "webkit2gtk", "gtk"];
    // The check must be able to see a Tauri dependency where one exists.
    let app = graph.members_under("src-tauri");
    let app = app.first().expect("the app is a member");
    assert!(graph.path_to(app, "tauri").is_some(), "the check cannot see mirai-app's own tauri dependency");
    for member in &shared {
        for name in forbidden {
            if let Some(chain) = graph.path_to(member, name) {
                panic!("{} depends on {name}: {}", graph.name(member), chain.join(" -> "));
            }
        }
    }
}

/// Rule: `mirai-core` is pure: no IO libraries, no async runtime, no serialisation format.
#[test]
fn core_is_pure() {
    let graph = Graph::load().expect("cargo metadata");
    let core = graph.members_under("crates/mirai-core");
    let core = core.first().expect("mirai-core is a member");
    let names: BTreeSet<String> = graph.closure(core).iter().map(|id| graph.name(id).to_owned()).collect();
    for banned in ["rusqlite", "tokio", "axum", "serde_json", "reqwest", "tauri", "keyring-core"] {
        assert!(!names.contains(banned), "mirai-core depends on {banned}");
    }
}

/// Rule: the shells sit on top; no shared crate depends on the app or the server.
#[test]
fn shared_crates_do_not_depend_on_shells() {
    let graph = Graph::load().expect("cargo metadata");
    for member in graph.members_under("crates") {
        for shell in ["mirai-app", "mirai-sync-server", "axum"] {
            assert!(graph.path_to(&member, shell).is_none(), "{} depends on {shell}", graph.name(&member));
        }
    }
}

fn registered_commands() -> BTreeSet<String> {
    let build = read("src-tauri/build.rs");
    let start = build.find("const COMMANDS").expect("COMMANDS in build.rs");
    let end = start + build[start..].find("];").expect("end of COMMANDS");
    build[start..end].split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// Rule: the main window may call exactly the app's own commands, and every registered handler
/// has a permission (least privilege; Tauri 2 audit finding A10 in reliability.md).
#[test]
fn capabilities_grant_exactly_the_apps_commands() {
    let commands = registered_commands();
    let lib = read("src-tauri/src/lib.rs");
    let handlers: BTreeSet<String> = lib
        .split("generate_handler![")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_default()
        .split(',')
        .filter_map(|path| path.trim().rsplit("::").next().map(str::to_owned))
        .filter(|name| !name.is_empty())
        .collect();
    assert_eq!(handlers, commands, "generate_handler! and build.rs COMMANDS disagree");

    let dir = root().join("src-tauri/capabilities");
    let files: Vec<_> = std::fs::read_dir(&dir).expect("capabilities dir").flatten().collect();
    assert_eq!(files.len(), 1, "one capability file expected");
    let capability = json("src-tauri/capabilities/main.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote origins may call commands");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("permission ids are strings").to_owned())
        .collect();
    let expected: BTreeSet<String> = commands.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    assert_eq!(granted, expected, "the capability must grant exactly the app's commands, no core or plugin permission");
}

/// Rule: a strict CSP (reliability.md section 8).
#[test]
fn content_security_policy_is_strict() {
    let config = json("src-tauri/tauri.conf.json");
    let security = &config["app"]["security"];
    let csp = security["csp"].as_object().expect("csp is set as an object");
    let directive = |name: &str| csp.get(name).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("csp lacks {name}"));
    for (name, value) in csp {
        let value = value.as_str().unwrap_or_default();
        assert!(!value.contains("unsafe-eval"), "{name} allows unsafe-eval");
        assert!(!value.contains("unsafe-inline"), "{name} allows unsafe-inline");
        assert!(!value.contains('*'), "{name} uses a wildcard");
    }
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("frame-src"), "'none'");
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(
        directive("connect-src"),
        "ipc: http://ipc.localhost",
        "the WebView talks to Rust only; sync runs in Rust"
    );
    assert_eq!(security["freezePrototype"], serde_json::json!(true));
    assert!(security.get("dangerousDisableAssetCspModification").is_none());
    assert!(config["build"].get("devUrl").is_none(), "a devUrl would make debug builds load a dev server");
    assert_eq!(config["app"]["withGlobalTauri"], serde_json::json!(false));
}

/// Rule: every call into Rust goes through `ui/src/lib/api/`.
#[test]
fn only_the_api_module_imports_tauri() {
    let api_dir = root().join("ui/src/lib/api");
    for path in files_under("ui/src", &[".ts", ".svelte", ".js"]) {
        if path.starts_with(&api_dir) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(!text.contains("@tauri-apps/"), "{} imports Tauri directly; go through $lib/api", path.display());
    }
}

/// Rule: no inline `style` attributes in markup; the CSP (`style-src 'self'`) would block them.
#[test]
fn no_inline_style_attributes() {
    for path in files_under("ui/src", &[".svelte", ".html"]) {
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(!text.contains(" style=\""), "{} has an inline style attribute", path.display());
    }
}

/// Rule: every Svelte, TypeScript and Rust file starts with a comment saying what it is for.
#[test]
fn every_module_says_what_it_is_for() {
    let mut missing = Vec::new();
    for path in files_under("ui/src", &[".svelte", ".ts"]) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('+') && path.to_string_lossy().contains("routes") && name.ends_with(".svelte") {
            // Route files are named by the framework and say little beyond their folder.
            continue;
        }
        if name.ends_with(".d.ts") || name.ends_with(".test.ts") || name == "bindings.ts" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        if !(text.starts_with("//") || text.starts_with("<!--")) {
            missing.push(path.display().to_string());
        }
    }
    assert!(missing.is_empty(), "files without a leading comment:\n{}", missing.join("\n"));
}
