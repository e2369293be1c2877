//! Workspace automation. Its tests (`tests/tidy.rs`) are the architecture rules of
//! `docs/ARCHITECTURE.md` turned into checks that run with `cargo test`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The workspace's dependency graph as `cargo metadata` resolves it.
pub struct Graph {
    names: BTreeMap<String, String>,
    manifests: BTreeMap<String, PathBuf>,
    normal_deps: BTreeMap<String, Vec<String>>,
    members: Vec<String>,
}

impl Graph {
    /// Runs `cargo metadata` for the workspace.
    pub fn load() -> Result<Graph, String> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let output = Command::new(cargo)
            .args(["metadata", "--format-version", "1", "--locked"])
            .current_dir(root())
            .output()
            .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).into_owned());
        }
        let meta: serde_json::Value =
            serde_json::from_slice(&output.stdout).map_err(|e| format!("bad metadata: {e}"))?;
        let mut graph = Graph {
            names: BTreeMap::new(),
            manifests: BTreeMap::new(),
            normal_deps: BTreeMap::new(),
            members: Vec::new(),
        };
        for package in meta["packages"].as_array().into_iter().flatten() {
            let id = package["id"].as_str().unwrap_or_default().to_owned();
            graph.names.insert(id.clone(), package["name"].as_str().unwrap_or_default().to_owned());
            graph.manifests.insert(id, PathBuf::from(package["manifest_path"].as_str().unwrap_or_default()));
        }
        graph.members = meta["workspace_members"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m.as_str().map(str::to_owned))
            .collect();
        for node in meta["resolve"]["nodes"].as_array().into_iter().flatten() {
            let id = node["id"].as_str().unwrap_or_default().to_owned();
            // Only what ships in the library: normal dependencies, not dev or build ones.
            let deps = node["deps"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|dep| dep["dep_kinds"].as_array().into_iter().flatten().any(|kind| kind["kind"].is_null()))
                .filter_map(|dep| dep["pkg"].as_str().map(str::to_owned))
                .collect();
            graph.normal_deps.insert(id, deps);
        }
        Ok(graph)
    }

    /// Workspace members whose manifest lives under `dir` (relative to the root).
    pub fn members_under(&self, dir: &str) -> Vec<String> {
        let prefix = root().join(dir);
        self.members
            .iter()
            .filter(|id| self.manifests.get(*id).is_some_and(|m| m.starts_with(&prefix)))
            .cloned()
            .collect()
    }

    /// The package name of an id.
    pub fn name(&self, id: &str) -> &str {
        self.names.get(id).map(String::as_str).unwrap_or("?")
    }

    /// Every package `id` depends on, directly or not, through normal dependencies.
    pub fn closure(&self, id: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![id.to_owned()];
        while let Some(next) = todo.pop() {
            for dep in self.normal_deps.get(&next).into_iter().flatten() {
                if seen.insert(dep.clone()) {
                    todo.push(dep.clone());
                }
            }
        }
        seen
    }

    /// The dependency chain from `from` to the first package named `target`, for messages.
    pub fn path_to(&self, from: &str, target: &str) -> Option<Vec<String>> {
        let mut parents: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([from.to_owned()]);
        while let Some(next) = queue.pop_front() {
            if self.name(&next) == target {
                let mut chain = vec![self.name(&next).to_owned()];
                let mut at = next;
                while let Some(parent) = parents.get(&at) {
                    chain.push(self.name(parent).to_owned());
                    at = parent.clone();
                }
                chain.reverse();
                return Some(chain);
            }
            for dep in self.normal_deps.get(&next).into_iter().flatten() {
                if !parents.contains_key(dep) && dep != from {
                    parents.insert(dep.clone(), next.clone());
                    queue.push_back(dep.clone());
                }
            }
        }
        None
    }
}

/// Every file under `dir` (relative to the root) whose name ends with one of `extensions`.
pub fn files_under(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![root().join(dir)];
    while let Some(next) = todo.pop() {
        for entry in std::fs::read_dir(&next).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "node_modules" | "build" | ".svelte-kit" | "target") {
                    todo.push(path);
                }
            } else if extensions.iter().any(|ext| name.ends_with(ext)) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
