//! Embedding in an intranet page (see `static/embed-example.html` and
//! docs/EMBEDDING.md).
//!
//! - `?embed=1`: a compact mode for an iframe: no page header, no install
//!   prompt, no service worker, the layout fits its container (CSS
//!   `body.embed`).
//! - `?parent=<origin>` (e.g. `https://intranet.example`): the app posts
//!   `{type: "target-umkm:height", height}` to its parent window whenever the
//!   document's height changes, so the iframe can grow without scrollbars, and
//!   answers `{type: "target-umkm:request-results"}` with
//!   `{type: "target-umkm:results", …}` (see [`results`]). Messages go only to
//!   that exact origin, never to `"*"`; a message from any other origin is
//!   ignored. Without a valid `parent`, nothing is sent at all.
//!
//! This module is the pure part: [`config`], [`parse_origin`] and [`results`];
//! the app's `embed` module posts the messages.

use crate::calc::pipeline;
use crate::state::AppState;

/// The height message's `type`.
pub const HEIGHT_TYPE: &str = "target-umkm:height";
/// The `type` of the message asking for the headline results.
pub const REQUEST_TYPE: &str = "target-umkm:request-results";
/// The results message's `type`.
pub const RESULTS_TYPE: &str = "target-umkm:results";

/// How the page address asks the app to behave in an iframe.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// `?embed=1`: compact mode.
    pub embed: bool,
    /// `?parent=`: the embedding page's origin, normalised; `None` when
    /// absent or not an origin.
    pub parent: Option<String>,
}

/// Reads `embed` and `parent` from the page's query parameters.
pub fn config(params: &[(String, String)]) -> EmbedConfig {
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    EmbedConfig {
        embed: matches!(get("embed").map(str::trim), Some("1" | "true")),
        parent: get("parent").and_then(parse_origin),
    }
}

/// `text` as the origin a browser reports in `MessageEvent.origin`
/// (`scheme://host[:port]`, lower case, default port dropped), or `None` if it
/// is not an http(s) origin. A trailing `/` is allowed; a path, query, user
/// name or wildcard is not: the admin must name exactly one origin.
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let (scheme, rest, default_port) = if let Some(r) = lower.strip_prefix("https://") {
        ("https", r, "443")
    } else if let Some(r) = lower.strip_prefix("http://") {
        ("http", r, "80")
    } else {
        return None;
    };
    // Only a host's and a port's characters pass the checks below, so a path,
    // query, user name or wildcard (`/ ? # @ *`) is refused there.
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    // An IPv6 literal keeps its colons inside brackets.
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']')?;
        let ok = !inside.is_empty()
            && inside
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        if !ok {
            return None;
        }
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{inside}]"), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        let ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && !host.starts_with(['.', '-']);
        if !ok {
            return None;
        }
        (host.to_owned(), port)
    };
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) => {
            let n: u16 = p
                .parse()
                .ok()
                .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))?;
            if n == 0 {
                None
            } else if p.trim_start_matches('0') == default_port {
                Some(format!("{scheme}://{host}"))
            } else {
                Some(format!("{scheme}://{host}:{n}"))
            }
        }
    }
}

/// The results message's members after `type` and `lang`, in order: the
/// summary's headline figures ([`crate::report::headline`], the one type for
/// them) with people as whole numbers; `None` is sent as `null`. A figure
/// typed as a range is sent as its low end, the high end beside it
/// (`…High`, equal for single values); weighted is by the partners' stages.
pub fn results(state: &AppState) -> [(&'static str, Option<f64>); 9] {
    let h = crate::report::headline(state);
    let whole = |v: Option<f64>| {
        v.and_then(|v| pipeline::whole_people(v).ok())
            .map(|n| n as f64)
    };
    let low = |s: Option<crate::calc::span::Span>| s.map(|s| s.low);
    let high = |s: Option<crate::calc::span::Span>| s.map(|s| s.high);
    [
        ("expectedParticipants", whole(low(h.expected))),
        ("expectedParticipantsHigh", whole(high(h.expected))),
        ("weightedParticipants", whole(low(h.weighted))),
        ("weightedParticipantsHigh", whole(high(h.weighted))),
        ("potentialWorkers", whole(low(h.potential))),
        ("totalTarget", whole(h.total_target)),
        ("share", low(h.share)),
        ("shareHigh", high(h.share)),
        ("incompleteRows", Some(h.waiting_rows as f64)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::growth::Segment;
    use crate::state::{Action, LineField, PartnerField};

    #[test]
    fn origins_are_normalised_or_refused() {
        let ok = |s: &str, want: &str| assert_eq!(parse_origin(s).as_deref(), Some(want), "{s}");
        ok("https://intranet.example", "https://intranet.example");
        ok(" HTTPS://Intranet.Example/ ", "https://intranet.example");
        ok("https://intranet.example:443", "https://intranet.example");
        ok("http://127.0.0.1:8080", "http://127.0.0.1:8080");
        ok("http://localhost:80", "http://localhost");
        ok("http://[::1]:3000", "http://[::1]:3000");
        ok(
            "https://kantor-wilayah.example",
            "https://kantor-wilayah.example",
        );
        ok("http://[fe80::1]", "http://[fe80::1]");
        for bad in [
            "*",
            "null",
            "",
            "intranet.example",
            "ftp://intranet.example",
            "https://intranet.example/page",
            "https://intranet.example?x",
            "https://user@intranet.example",
            "https://*.example",
            "https://intranet.example:0",
            "https://intranet.example:99999",
            "https://intranet.example:8x",
            "https://",
            "https://.example",
            "https://-kantor.example",
            "https://kantor_wilayah.example",
            "https://intranet.example#top",
            "https://intranet.example\\x",
            "http://[]",
            "http://[::g]",
            "http://[::1]x",
            "http://[::1]/x",
            "javascript:alert(1)",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn config_reads_embed_and_parent() {
        let p = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect()
        };
        assert_eq!(config(&[]), EmbedConfig::default());
        assert_eq!(
            config(&p(&[("embed", "1"), ("parent", "https://intra.example/")])),
            EmbedConfig {
                embed: true,
                parent: Some("https://intra.example".into())
            }
        );
        assert_eq!(
            config(&p(&[("embed", "0"), ("parent", "*")])),
            EmbedConfig::default()
        );
    }

    #[test]
    fn results_match_the_article_figures() {
        let s = AppState::default();
        let id = s.partners[0].id;
        let s = s
            .apply(Action::EditPartner {
                id,
                field: PartnerField::Umkm,
                text: "108.000".into(),
            })
            .apply(Action::EditPartner {
                id,
                field: PartnerField::Enrolment,
                text: "100".into(),
            })
            .apply(Action::EditLine {
                line: Segment::Total,
                field: LineField::Target,
                text: "2.336.252".into(),
            });
        let [expected, expected_high, weighted, _, potential, target, share, _, incomplete] =
            results(&s);
        assert_eq!(expected_high, ("expectedParticipantsHigh", Some(540_000.0)));
        assert_eq!(weighted, ("weightedParticipants", Some(540_000.0)));
        assert_eq!(expected, ("expectedParticipants", Some(540_000.0)));
        assert_eq!(potential, ("potentialWorkers", Some(540_000.0)));
        assert_eq!(target, ("totalTarget", Some(2_336_252.0)));
        let share = share.1.unwrap_or_default();
        assert!((share - 540_000.0 / 2_336_252.0).abs() < 1e-12, "{share}");
        assert_eq!(incomplete, ("incompleteRows", Some(0.0)));
    }

    #[test]
    fn results_count_incomplete_rows_and_wait_for_a_target() {
        let s = AppState::default();
        let id = s.partners[0].id;
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Umkm,
            text: "abc".into(),
        });
        let [expected, _, _, _, _, target, share, _, incomplete] = results(&s);
        assert_eq!(incomplete.1, Some(1.0));
        assert_eq!(expected.1, Some(0.0));
        assert_eq!(target.1, None);
        assert_eq!(share.1, None);
    }
}
