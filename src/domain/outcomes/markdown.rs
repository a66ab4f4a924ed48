//! Putting user text into Markdown so that it renders literally.
//!
//! Everything people type (titles, ideas, names, dates) goes through [`escape_inline`] before
//! it joins a Markdown document. The scheme, chosen so that the minutes stay readable as plain
//! text in an email while no renderer (CommonMark, GitHub) turns user text into markup:
//!
//! - **HTML:** a `<` that could open a tag, a comment or an autolink (a letter, `/`, `!` or `?`
//!   follows) and a `&` that would start an entity (`&copy;`, `&#60;`) get a backslash, so no
//!   renderer sees a tag or an entity, whatever its HTML settings. Any other `<`, `>` and `&`
//!   stays as typed: the minutes are read as plain text too (the .md file, an email), where
//!   `&lt;` would show as it is (the bug: "a < b" came out as "a &lt; b").
//! - **Inline Markdown:** `\`, `` ` ``, `*`, `_`, `[`, `]`, `#`, `|`, `~` and `$` always get a
//!   backslash: no code spans, emphasis, links or images, headings or closing `#`s, table
//!   cells, strikethrough or math. `(`, `)` and `!` need none once `[` and `]` are escaped.
//! - **Block starts:** the text is one line (runs of white space, line breaks included, become
//!   one space; the ends are trimmed), so only its very start can open a block, as it does in a
//!   list item. There a leading `-` or `+` gets a backslash, and so does the `.` or `)` after
//!   leading digits (`2024. A year` would start an ordered list).
//!
//! - **Autolinks:** GitHub links bare `https://…` and `www.…` while reading the raw text, so
//!   the backslashes of any escapes inside such a link would show. The `:` of `://` and the
//!   `.` of `www.` get a backslash, which keeps the URL plain text. (Bare e-mail addresses are
//!   linked after escapes are read, so they still become links but show as typed.)
//!
//! [`unescape_inline`] undoes the escaping exactly, up to the white space.

/// Characters that always get a backslash.
const ALWAYS_ESCAPED: [char; 10] = ['\\', '`', '*', '_', '[', ']', '#', '|', '~', '$'];

/// `text` as one line of Markdown that renders as exactly `text` (white space collapsed).
pub fn escape_inline(text: &str) -> String {
    let line = collapse_whitespace(text);
    let mut out = String::with_capacity(line.len() + line.len() / 8 + 2);
    let leading_digits = line.bytes().take_while(u8::is_ascii_digit).count();
    for (index, c) in line.char_indices() {
        let opens_block = match c {
            '-' | '+' | '>' => index == 0,
            '<' => line[index + 1..]
                .chars()
                .next()
                .is_some_and(|next| next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?')),
            '&' => starts_entity(&line[index..]),
            '.' | ')' if leading_digits > 0 && index == leading_digits => true,
            ':' => line[index..].starts_with("://"),
            '.' => index >= 3 && line.as_bytes()[index - 3..index].eq_ignore_ascii_case(b"www"),
            _ => false,
        };
        match c {
            c if opens_block || ALWAYS_ESCAPED.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` starts with an HTML character reference: `&name;`, `&#123;` or `&#x1F;`.
fn starts_entity(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('&') else {
        return false;
    };
    let (body, digits): (&str, fn(&char) -> bool) = match rest.strip_prefix('#') {
        Some(hex) if hex.starts_with(['x', 'X']) => (&hex[1..], char::is_ascii_hexdigit),
        Some(decimal) => (decimal, char::is_ascii_digit),
        None => (rest, char::is_ascii_alphanumeric),
    };
    let length = body.chars().take_while(digits).count();
    length > 0 && length <= 32 && body[length..].starts_with(';')
}

/// Undoes [`escape_inline`]: backslash escapes of ASCII punctuation, and the entities `&amp;`,
/// `&lt;` and `&gt;` that minutes made before escaping changed still hold. Anything else is
/// kept as it is.
pub fn unescape_inline(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(c) = rest.chars().next() {
        if c == '\\'
            && let Some(next) = rest[1..].chars().next().filter(char::is_ascii_punctuation)
        {
            out.push(next);
            rest = &rest[1 + next.len_utf8()..];
            continue;
        }
        if c == '&'
            && let Some((entity, decoded)) = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>')]
                .into_iter()
                .find(|(entity, _)| rest.starts_with(entity))
        {
            out.push(decoded);
            rest = &rest[entity.len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `text` trimmed, with every run of white space (line breaks included) made one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The bug: typed `<` and `>` showed as `&lt;` and `&gt;` in the minutes, the .md file and
    /// the email.
    #[test]
    fn angle_brackets_and_ampersands_show_as_typed_unless_they_could_be_html() {
        assert_eq!(escape_inline("a < b and c > d"), "a < b and c > d");
        assert_eq!(escape_inline("<3 the team -> win"), "<3 the team -> win");
        assert_eq!(escape_inline("Q&A & more"), "Q&A & more");
        assert_eq!(
            escape_inline("<img src=x onerror=alert(1)>"),
            r"\<img src=x onerror=alert(1)>"
        );
        assert_eq!(escape_inline("</b> <!-- <?x"), r"\</b> \<!-- \<?x");
        assert_eq!(
            escape_inline("&copy; &#60; &#x3C;"),
            r"\&copy; \&\#60; \&\#x3C;"
        );
        assert!(!escape_inline("<b> & > &lt;").contains("&lt;b"));
    }

    #[test]
    fn markdown_specials_get_a_backslash() {
        assert_eq!(escape_inline("*bold* [link](x)"), r"\*bold\* \[link\](x)");
        assert_eq!(
            escape_inline("`code` _em_ a|b ~~x~~"),
            r"\`code\` \_em\_ a\|b \~\~x\~\~"
        );
        assert_eq!(escape_inline(r"C:\temp #1 $5"), r"C:\\temp \#1 \$5");
        assert_eq!(escape_inline("![img](x)"), r"!\[img\](x)");
    }

    #[test]
    fn only_the_start_can_open_a_block() {
        assert_eq!(escape_inline("- item"), r"\- item");
        assert_eq!(escape_inline("+ item"), r"\+ item");
        assert_eq!(escape_inline("2024. A year"), r"2024\. A year");
        assert_eq!(escape_inline("1) first"), r"1\) first");
        assert_eq!(escape_inline("# Heading"), r"\# Heading");
        assert_eq!(escape_inline("> quote"), r"\> quote");
        // In the middle of a line they are plain text and stay readable.
        assert_eq!(
            escape_inline("follow-up by 1. May (Q2)"),
            "follow-up by 1. May (Q2)"
        );
        assert_eq!(escape_inline("3.5 + 1 = 4.5"), r"3\.5 + 1 = 4.5");
    }

    #[test]
    fn bare_urls_stay_plain_text() {
        assert_eq!(
            escape_inline("See https://example.com/a_b or www.example.com"),
            r"See https\://example.com/a\_b or www\.example.com"
        );
        assert_eq!(escape_inline("WWW.X.COM at 10:30"), r"WWW\.X.COM at 10:30");
        assert_eq!(escape_inline("ada@example.com"), "ada@example.com");
    }

    #[test]
    fn line_breaks_and_runs_of_space_become_one_space() {
        assert_eq!(
            escape_inline("  one\n\n- two\r\n\tthree  "),
            "one - two three"
        );
        assert_eq!(escape_inline("\n\n"), "");
    }

    #[test]
    fn plain_text_is_unchanged() {
        let text = "Leads go cold after the webinar, don't they? Ünïcödé 👍";
        assert_eq!(escape_inline(text), text);
    }

    #[test]
    fn unescape_keeps_what_it_does_not_know() {
        assert_eq!(unescape_inline(r"a\b &nbsp; \"), r"a\b &nbsp; \");
        assert_eq!(unescape_inline(r"\\\*"), r"\*");
    }

    /// Whether `markdown` has, outside a backslash escape, a character of the always-escaped
    /// set, something a renderer would take for HTML (a tag's `<`, an entity), a `>` opening a
    /// quote, or an autolink trigger (`://`, `www.`).
    fn has_unescaped_special(markdown: &str) -> bool {
        let mut chars = markdown.char_indices();
        while let Some((index, c)) = chars.next() {
            let rest = &markdown[index..];
            let before = &markdown.as_bytes()[..index];
            let unescaped = match c {
                '\\' => match chars.next() {
                    Some((_, next)) => !next.is_ascii_punctuation(),
                    None => true,
                },
                '&' => starts_entity(rest),
                '<' => rest[1..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
                '>' => index == 0,
                ':' => rest.starts_with("://"),
                '.' => before.len() >= 3 && before[before.len() - 3..].eq_ignore_ascii_case(b"www"),
                c => ALWAYS_ESCAPED.contains(&c),
            };
            if unescaped {
                return true;
            }
        }
        false
    }

    fn hostile_text() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            Just("<".to_string()),
            Just(">".to_string()),
            Just("&".to_string()),
            Just("&amp;".to_string()),
            Just("\\".to_string()),
            Just("\n".to_string()),
            Just("1.".to_string()),
            Just("https://".to_string()),
            Just("www.".to_string()),
            Just(" ".to_string()),
            "[-+*_#|~`$!()\\[\\].]",
            "[a-z0-9 ]{0,4}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn escaping_never_leaves_raw_html_or_specials(text in hostile_text()) {
            let escaped = escape_inline(&text);
            prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
            prop_assert!(!has_unescaped_special(&escaped), "{escaped:?}");
            prop_assert!(!escaped.starts_with(['-', '+']));
        }

        #[test]
        fn unescaping_round_trips(text in hostile_text()) {
            prop_assert_eq!(unescape_inline(&escape_inline(&text)), collapse_whitespace(&text));
        }

        #[test]
        fn escaping_is_the_identity_on_plain_words(text in "[A-Za-z0-9,'\"?]{1,12}( [A-Za-z,'\"?]{1,12}){0,5}") {
            prop_assert_eq!(escape_inline(&text), text);
        }
    }
}
