//! The check's configuration, `minutes.toml`: rules on, off or at another severity,
//! sections required per body, and the unmapped-glyph threshold.
//!
//! ```toml
//! unmapped_glyphs_threshold = 0.01   # top-level keys before any [table]
//!
//! [rules]
//! M004 = "off"       # our minutes never name a chair
//! M010 = "error"     # gaps in minute numbers fail the check
//!
//! [[require]]
//! body = "Planning"  # bodies whose name contains this ("*": every body)
//! sections = ["Declarations of interest", "Planning applications"]
//! ```
//!
//! Unknown keys, unknown rule codes and unknown severities are errors, so a typo never
//! silently turns a rule off.

use super::Severity;
use super::rules::RULES;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default share of unreadable characters above which M051 fires: one in a hundred.
pub const UNMAPPED_GLYPHS_THRESHOLD: f64 = 0.01;

/// The validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Severity of each rule by index into [`RULES`]; `None` is off.
    severities: Vec<Option<Severity>>,
    /// Sections required per body (rule M013).
    pub require: Vec<Requirement>,
    /// Share of characters (0 to 1) that may be unreadable before M051 fires.
    pub unmapped_glyphs_threshold: f64,
}

/// Sections (item titles) a body's minutes must have.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Matched case-insensitively against the body's name, as a substring; `*` matches
    /// every document, even one without a body.
    pub body: String,
    /// Each must be (case-insensitively) part of some item's title.
    pub sections: Vec<String>,
}

impl Requirement {
    /// True when this requirement applies to a document whose body is `body`.
    pub fn applies_to(&self, body: Option<&str>) -> bool {
        self.body == "*" || body.is_some_and(|b| contains_ignore_case(b, &self.body))
    }
}

/// True when `needle` occurs in `haystack`, ignoring case and runs of white space.
pub fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    fold(haystack).contains(&fold(needle))
}

impl Default for Config {
    fn default() -> Config {
        Config {
            severities: RULES.iter().map(|r| Some(r.severity)).collect(),
            require: Vec::new(),
            unmapped_glyphs_threshold: UNMAPPED_GLYPHS_THRESHOLD,
        }
    }
}

/// Why a configuration could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or has an unknown key or a value of the wrong type.
    #[error("invalid configuration: {0}")]
    Toml(#[from] toml::de::Error),
    /// A rule code that does not exist.
    #[error("unknown rule {code:?} in [rules]; the rules are {}", RULES.iter().map(|r| r.code).collect::<Vec<_>>().join(", "))]
    UnknownRule {
        /// The code as written.
        code: String,
    },
    /// A severity that does not exist.
    #[error(
        "rule {code}: unknown severity {value:?}; use \"error\", \"warning\", \"note\" or \"off\""
    )]
    UnknownSeverity {
        /// The rule.
        code: String,
        /// The value as written.
        value: String,
    },
    /// A threshold outside 0 to 1.
    #[error("unmapped_glyphs_threshold must be between 0 and 1 (a share of characters), not {0}")]
    Threshold(f64),
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    rules: BTreeMap<String, String>,
    #[serde(default)]
    require: Vec<Requirement>,
    unmapped_glyphs_threshold: Option<f64>,
}

impl Config {
    /// Parses and validates a configuration.
    pub fn from_toml(source: &str) -> Result<Config, ConfigError> {
        let file: ConfigFile = toml::from_str(source)?;
        let mut config = Config { require: file.require, ..Config::default() };
        for (code, value) in &file.rules {
            let Some(index) = RULES.iter().position(|r| r.code.eq_ignore_ascii_case(code)) else {
                return Err(ConfigError::UnknownRule { code: code.clone() });
            };
            config.severities[index] = match value.to_ascii_lowercase().as_str() {
                "error" => Some(Severity::Error),
                "warning" => Some(Severity::Warning),
                "note" => Some(Severity::Note),
                "off" => None,
                _ => {
                    return Err(ConfigError::UnknownSeverity {
                        code: code.clone(),
                        value: value.clone(),
                    });
                }
            };
        }
        if let Some(t) = file.unmapped_glyphs_threshold {
            if !(0.0..=1.0).contains(&t) {
                return Err(ConfigError::Threshold(t));
            }
            config.unmapped_glyphs_threshold = t;
        }
        Ok(config)
    }

    /// Reads and validates the configuration file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let source = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Io { path: path.to_path_buf(), source })?;
        Config::from_toml(&source)
    }

    /// The severity of rule `code`, or `None` when it is off (or does not exist).
    pub fn severity(&self, code: &str) -> Option<Severity> {
        let index = RULES.iter().position(|r| r.code == code)?;
        self.severities.get(index).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_come_from_the_table() {
        let c = Config::default();
        for rule in RULES {
            assert_eq!(c.severity(rule.code), Some(rule.severity));
        }
        assert_eq!(c.severity("M999"), None);
    }

    #[test]
    fn rules_change_severity_or_turn_off() {
        let c = Config::from_toml("[rules]\nM004 = \"off\"\nm010 = \"Error\"\n").unwrap();
        assert_eq!(c.severity("M004"), None);
        assert_eq!(c.severity("M010"), Some(Severity::Error));
    }

    #[test]
    fn mistakes_are_errors() {
        let err = |s| Config::from_toml(s).unwrap_err().to_string();
        assert!(err("[rules]\nM999 = \"off\"\n").contains("unknown rule \"M999\""));
        assert!(err("[rules]\nM004 = \"of\"\n").contains("unknown severity \"of\""));
        assert!(err("[rulez]\nM004 = \"off\"\n").contains("unknown field `rulez`"));
        assert!(err("[[require]]\nbody = \"X\"\nsection = []\n").contains("unknown field"));
        assert!(err("unmapped_glyphs_threshold = 2.0\n").contains("between 0 and 1"));
    }

    #[test]
    fn requirements_match_bodies() {
        let c =
            Config::from_toml("[[require]]\nbody = \"planning\"\nsections = [\"Declarations\"]\n")
                .unwrap();
        assert!(c.require[0].applies_to(Some("Planning  Committee")));
        assert!(!c.require[0].applies_to(Some("Cabinet")));
        assert!(!c.require[0].applies_to(None));
    }
}
