//! The layering, enforced: the domain (profile, catalog, sizing, cost,
//! evaluate, report, decision, formats) returns typed values and never makes
//! words. Only the presentation layer (`text/`: the catalogs, the formatter,
//! the words' dispatch; `export/`: Markdown and CSV; `decision/explain.rs`:
//! the command line's `--explain`; `bin/`: the command line) refers to the
//! catalogs or the formatter. This test reads every domain source file and
//! fails on any reference to the presentation layer outside its unit tests
//! (which may render a value to check its words).

use std::fs;
use std::path::{Path, PathBuf};

/// The presentation layer's paths, relative to `engine/src`.
const PRESENTATION: [&str; 4] = ["text", "export", "decision/explain.rs", "bin"];

/// What a domain file may not name: the presentation modules by any path
/// (a glob import such as `use super::*` can bring a catalog into scope, so the
/// catalogs' and the formatter's own names count as well as their paths).
const FORBIDDEN_PATHS: [&str; 4] = ["crate::text", "crate::export", "super::text", "explain::"];
const FORBIDDEN_ROOTS: [&str; 5] = ["en::", "hi::", "zh::", "format::", "Words"];

/// True when `code` names `root` as a path's first segment (not as the end of
/// a longer name such as `Token::`).
fn names_root(code: &str, root: &str) -> bool {
    code.match_indices(root).any(|(at, _)| {
        !code[..at]
            .chars()
            .next_back()
            .is_some_and(|before| before.is_alphanumeric() || before == '_' || before == ':')
    })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The file's text without its `#[cfg(test)]` items (each attribute, up to
/// the end of the item's braces, or its `;`): a unit test may render a value
/// through a catalog to check the words.
fn without_tests(source: &str) -> String {
    let mut kept = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find("#[cfg(test)]") {
        kept.push_str(&rest[..at]);
        let item = &rest[at..];
        let open = item.find('{');
        let semicolon = item.find(';');
        let end = match (open, semicolon) {
            (Some(open), Some(semicolon)) if semicolon < open => semicolon + 1,
            (Some(open), _) => {
                let mut depth = 0_usize;
                let mut end = item.len();
                for (index, character) in item.char_indices().skip_while(|(index, _)| *index < open)
                {
                    match character {
                        '{' => depth += 1,
                        '}' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                end = index + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (None, Some(semicolon)) => semicolon + 1,
            (None, None) => item.len(),
        };
        rest = &item[end..];
    }
    kept.push_str(rest);
    kept
}

#[test]
fn no_domain_module_uses_the_presentation_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap_or(file);
        let relative_text = relative.to_string_lossy().replace('\\', "/");
        if PRESENTATION
            .iter()
            .any(|layer| relative_text.starts_with(layer))
            || relative_text == "lib.rs"
        {
            continue;
        }
        let source = fs::read_to_string(file).unwrap_or_default();
        for (number, line) in without_tests(&source).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if FORBIDDEN_PATHS.iter().any(|name| code.contains(name))
                || FORBIDDEN_ROOTS.iter().any(|root| names_root(code, root))
            {
                found.push(format!("{relative_text}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        files.len() > 40,
        "the source tree was not found at {}",
        src.display()
    );
    assert!(
        found.is_empty(),
        "domain modules use the presentation layer:\n{}",
        found.join("\n")
    );
}
