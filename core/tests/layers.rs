//! The house: no source file over 600 lines, and modules depend downwards
//! only: no import circle among the modules of a
//! crate, nor among the modules inside one folder. Read from the sources: a
//! module uses another where its code (not a comment) names `crate::other`
//! (or, inside a folder, `super::other`, `self::other` in its `mod.rs`, or a
//! bare `other::` brought in by `use super::…`). Covers the core crate and the
//! browser crate.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module name → the sibling modules it uses.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The code of a file without its comments (line comments and doc comments).
fn code(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string ("http://…") is rare in these crates; a
            // line whose `//` follows a quote keeps its code before it anyway.
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifiers that follow `prefix` in `text`.
fn names_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (end > 0).then(|| &rest[..end])
        })
        .collect()
}

/// The module a file belongs to, one level below `root` (`calc/iuran.rs` and
/// `calc/mod.rs` are both `calc`; `report.rs` is `report`).
fn top_module(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The graph of the modules directly in `root`, from `crate::` paths.
fn crate_graph(root: &Path, roots: &[&str]) -> Graph {
    let mut graph = Graph::new();
    for file in rust_files(root) {
        let module = top_module(root, &file);
        if roots.contains(&module.as_str()) {
            continue;
        }
        let text = code(&file);
        let uses = graph.entry(module.clone()).or_default();
        for name in names_after(&text, "crate::") {
            if name != module && !roots.contains(&name) {
                uses.insert(name.to_owned());
            }
        }
    }
    graph
}

/// The graph of the modules inside the folder `dir` (its files and
/// subfolders), from `super::` paths in them and `self::`/bare paths in its
/// `mod.rs` (which only declares and re-exports: left out).
fn folder_graph(dir: &Path) -> Graph {
    let mut graph = Graph::new();
    let siblings: BTreeSet<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|n| n != "mod" && n != "tests")
        .collect();
    for module in &siblings {
        let path = dir.join(format!("{module}.rs"));
        let files = if path.exists() {
            vec![path]
        } else {
            rust_files(&dir.join(module))
        };
        let uses = graph.entry(module.clone()).or_default();
        for file in files {
            let text = code(&file);
            // In a subfolder's own files, `super::` is the subfolder itself.
            let depth = file.strip_prefix(dir).unwrap().components().count();
            let prefix = if depth == 1 || file.ends_with("mod.rs") {
                "super::"
            } else {
                "super::super::"
            };
            for name in names_after(&text, prefix) {
                if name != module && siblings.contains(name) {
                    uses.insert(name.to_owned());
                }
            }
        }
    }
    graph
}

/// One circle in `graph`, if there is any.
fn circle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        graph: &Graph,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|n| n == node) {
            let mut c = path[i..].to_vec();
            c.push(node.to_owned());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(graph, next, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(graph, n, &mut Vec::new(), &mut done))
}

fn assert_no_circle(what: &str, graph: &Graph) {
    if let Some(c) = circle(graph) {
        panic!("import circle in {what}: {}", c.join(" → "));
    }
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_checker_finds_a_circle() {
    let mut g = Graph::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(circle(&g).unwrap(), ["a", "b", "c", "a"]);
    g.get_mut("c").unwrap().clear();
    assert_eq!(circle(&g), None);
    assert_eq!(
        names_after("use crate::calc::x; crate::i18n::T", "crate::"),
        ["calc", "i18n"]
    );
}

#[test]
fn the_core_depends_downwards_only() {
    let src = manifest().join("src");
    assert_no_circle("the core crate", &crate_graph(&src, &["lib"]));
    for folder in [
        "calc",
        "calc/incentive",
        "figures",
        "i18n",
        "numbers",
        "saved",
        "session",
        "state",
    ] {
        assert_no_circle(
            &format!("core/src/{folder}"),
            &folder_graph(&src.join(folder)),
        );
    }
}

#[test]
fn the_browser_crate_depends_downwards_only() {
    let src = manifest().join("..").join("src");
    assert_no_circle("the browser crate", &crate_graph(&src, &["lib", "main"]));
    for folder in ["ui", "ui/keep_share"] {
        assert_no_circle(&format!("src/{folder}"), &folder_graph(&src.join(folder)));
    }
}

/// Every source file of the repository's code and tests (Rust, JavaScript).
fn sources() -> Vec<PathBuf> {
    let root = manifest().join("..");
    let mut files = Vec::new();
    for dir in ["src", "core/src", "core/tests", "tests", "tools", "bench"] {
        let dir = root.join(dir);
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in fs::read_dir(&d).unwrap() {
                let p = entry.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                if p.is_dir() {
                    if name != "node_modules" && name != "target" && name != "fixtures" {
                        stack.push(p);
                    }
                } else if [".rs", ".mjs", ".js"].iter().any(|e| name.ends_with(e)) {
                    files.push(p);
                }
            }
        }
    }
    files
}

#[test]
fn no_source_file_is_over_600_lines() {
    let files = sources();
    assert!(files.len() > 100, "found only {} files", files.len());
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = fs::read_to_string(f).unwrap().lines().count();
            (n > 600).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over 600 lines: {}", long.join(", "));
}
