use super::support::heading;
use crate::domain::outcomes::unescape_inline;
use leptos::prelude::*;

/// The minutes' Markdown shown as formatted text, for reading and printing. Only the shapes
/// the minutes use are understood (headings, one level of nested lists, tables, `**bold**`);
/// everything else is a paragraph. Every piece becomes a text node, never HTML, so whatever
/// the note-taker typed shows as typed.
#[component]
pub fn MarkdownView(
    #[prop(into)] markdown: Signal<String>,
    /// Added to each heading's level, to fit under the page's own headings.
    #[prop(default = 0)]
    level_offset: usize,
) -> impl IntoView {
    move || {
        parse(&markdown.get())
            .into_iter()
            .map(|block| render(block, level_offset))
            .collect_view()
    }
}

enum Block {
    Heading(usize, String),
    /// Items, each with its nested items.
    List(Vec<(String, Vec<String>)>),
    Table(Vec<String>, Vec<Vec<String>>),
    Paragraph(String),
}

fn parse(markdown: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut after_blank = true;
    for line in markdown.lines() {
        let text = line.trim();
        if text.is_empty() {
            after_blank = true;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let hashes = text.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
            blocks.push(Block::Heading(hashes, text[hashes..].trim().to_string()));
        } else if let Some(item) = ["- ", "* ", "+ "]
            .iter()
            .find_map(|marker| text.strip_prefix(marker))
        {
            let item = item.trim().to_string();
            match blocks.last_mut() {
                Some(Block::List(items)) if indent >= 2 && !items.is_empty() => {
                    if let Some((_, nested)) = items.last_mut() {
                        nested.push(item);
                    }
                }
                Some(Block::List(items)) => items.push((item, Vec::new())),
                _ => blocks.push(Block::List(vec![(item, Vec::new())])),
            }
        } else if text.starts_with('|') {
            let cells = split_cells(text);
            let separator = cells.iter().all(|c| {
                let c = c.trim_matches(':');
                !c.is_empty() && c.chars().all(|ch| ch == '-')
            });
            match blocks.last_mut() {
                Some(Block::Table(_, rows)) if !after_blank => {
                    if !separator {
                        rows.push(cells);
                    }
                }
                _ => blocks.push(Block::Table(cells, Vec::new())),
            }
        } else {
            match blocks.last_mut() {
                Some(Block::Paragraph(paragraph)) if !after_blank => {
                    paragraph.push(' ');
                    paragraph.push_str(text);
                }
                _ => blocks.push(Block::Paragraph(text.to_string())),
            }
        }
        after_blank = false;
    }
    blocks
}

/// The cells of a table row, split at pipes that are not escaped.
fn split_cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cell.push(c);
                if let Some(next) = chars.next() {
                    cell.push(next);
                }
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    // The outer pipes leave an empty first and last cell.
    if cells.first().is_some_and(|c| c.trim().is_empty()) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.trim().is_empty()) {
        cells.pop();
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

/// Pieces of inline text, bold or not, with escapes undone.
fn spans(text: &str) -> Vec<(bool, String)> {
    let mut pieces = Vec::new();
    let mut bold = false;
    let mut raw = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            let escaped: String = rest.chars().take(2).collect();
            raw.push_str(&escaped);
            rest = &rest[escaped.len()..];
        } else if rest.starts_with("**") {
            if !raw.is_empty() {
                pieces.push((bold, unescape_inline(&std::mem::take(&mut raw))));
            }
            bold = !bold;
            rest = &rest[2..];
        } else {
            raw.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !raw.is_empty() {
        pieces.push((bold, unescape_inline(&raw)));
    }
    pieces
}

fn inline(text: &str) -> impl IntoView + use<> {
    spans(text)
        .into_iter()
        .map(|(bold, piece)| {
            if bold {
                view! { <strong>{piece}</strong> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

fn render(block: Block, level_offset: usize) -> AnyView {
    match block {
        Block::Heading(level, text) => {
            let level = (level + level_offset).min(6);
            heading(
                u8::try_from(level).unwrap_or(6),
                None,
                "oc-md-heading",
                inline(&text),
            )
        }
        Block::List(items) => {
            let items = items
                .into_iter()
                .map(|(item, nested)| {
                    let nested = (!nested.is_empty()).then(|| {
                        let rows = nested
                            .iter()
                            .map(|n| view! { <li>{inline(n)}</li> })
                            .collect_view();
                        view! { <ul>{rows}</ul> }
                    });
                    view! { <li>{inline(&item)} {nested}</li> }
                })
                .collect_view();
            view! { <ul class="oc-md-list">{items}</ul> }.into_any()
        }
        Block::Table(header, rows) => {
            let head = header
                .iter()
                .map(|cell| view! { <th scope="col">{inline(cell)}</th> })
                .collect_view();
            let body = rows
                .into_iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .map(|cell| view! { <td>{inline(cell)}</td> })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data-table oc-md-table">
                        <thead><tr>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Block::Paragraph(text) => view! { <p>{inline(&text)}</p> }.into_any(),
    }
}
