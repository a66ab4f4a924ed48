//! The templates that ship with the app. They have fixed ids so that meetings and exported
//! files can point at them, they are made in code (never stored), and users only copy them.

use super::segment::{Segment, SegmentKind};
use super::template::Template;
use crate::domain::ids::TemplateId;
use crate::domain::time::Timestamp;

/// The weekly smarketing meeting, 30 minutes: the app's default.
pub const WEEKLY_ID: TemplateId = TemplateId::from_u128(0x5341_0001);
pub const PROBLEM_SOLVING_ID: TemplateId = TemplateId::from_u128(0x5341_0002);
pub const MONTHLY_EXTENDED_ID: TemplateId = TemplateId::from_u128(0x5341_0003);
pub const DAILY_STAND_UP_ID: TemplateId = TemplateId::from_u128(0x5341_0004);
pub const WEEKLY_RETROSPECTIVE_ID: TemplateId = TemplateId::from_u128(0x5341_0005);
pub const QUARTERLY_EVALUATION_ID: TemplateId = TemplateId::from_u128(0x5341_0006);
pub const CONTENT_BRAINSTORM_ID: TemplateId = TemplateId::from_u128(0x5341_0007);

/// The ids of all built-ins, in the order the template picker lists them.
pub const BUILTIN_IDS: [TemplateId; 7] = [
    WEEKLY_ID,
    PROBLEM_SOLVING_ID,
    MONTHLY_EXTENDED_ID,
    DAILY_STAND_UP_ID,
    WEEKLY_RETROSPECTIVE_ID,
    QUARTERLY_EVALUATION_ID,
    CONTENT_BRAINSTORM_ID,
];

pub fn is_builtin_id(id: TemplateId) -> bool {
    BUILTIN_IDS.contains(&id)
}

/// All built-in templates, in picker order.
pub fn builtin_templates() -> Vec<Template> {
    BUILTIN_IDS
        .into_iter()
        .filter_map(builtin_template)
        .collect()
}

/// The built-in template with this id, if it is one.
pub fn builtin_template(id: TemplateId) -> Option<Template> {
    use SegmentKind::{Actions, NewProblems, Other, Review};
    let (name, cap_minutes, segments) = match id {
        WEEKLY_ID => ("Weekly smarketing, 30 min", 30, weekly_segments(10, 10)),
        PROBLEM_SOLVING_ID => (
            "Problem-solving, 3 steps",
            30,
            vec![
                segment(
                    "Identify problems with current goals and initiatives",
                    10,
                    NewProblems,
                    "Focus on the problems with the biggest impact.",
                ),
                segment(
                    "Brainstorm solutions",
                    15,
                    Other,
                    "Be creative and take risks: no idea is too bold yet.",
                ),
                segment(
                    "Make assignments",
                    5,
                    Actions,
                    "Each assignment is completed before the next meeting.",
                ),
            ],
        ),
        MONTHLY_EXTENDED_ID => {
            let mut segments = weekly_segments(15, 15);
            segments.insert(
                3,
                segment(
                    "Recognise top performers and creative solutions",
                    10,
                    Other,
                    "Name the top performers and the most unique, creative solutions of the \
                     month.",
                ),
            );
            // 5 + 15 + 15 + 10 + 5 = 50 minutes, leaving 10 minutes of buffer in the hour.
            ("Monthly extended", 60, segments)
        }
        DAILY_STAND_UP_ID => (
            "Daily stand-up",
            15,
            vec![
                segment(
                    "What is most important today",
                    8,
                    Other,
                    "Each person names their single most important task.",
                ),
                segment(
                    "Who will collaborate today",
                    7,
                    Actions,
                    "Pair people up so that today's tasks get completed.",
                ),
            ],
        ),
        WEEKLY_RETROSPECTIVE_ID => (
            "Weekly review & retrospective",
            30,
            vec![
                segment(
                    "What went well",
                    10,
                    Review,
                    "Start with the wins, however small.",
                ),
                segment(
                    "What could be improved next week",
                    15,
                    NewProblems,
                    "Go round every person; look for causes, not culprits.",
                ),
                segment(
                    "Commit to next week's improvements",
                    5,
                    Actions,
                    "One owner for each improvement.",
                ),
            ],
        ),
        QUARTERLY_EVALUATION_ID => (
            "Quarterly evaluation",
            60,
            vec![
                segment(
                    "What went well and what didn't",
                    20,
                    Review,
                    "Compare the quarter's results with its goals, review the playbook entries \
                     due and run the alignment check.",
                ),
                segment(
                    "Is there an apparent reason?",
                    15,
                    NewProblems,
                    "Look for the reasons behind both the hits and the misses.",
                ),
                segment(
                    "What to continue next quarter",
                    10,
                    Other,
                    "Keep what worked.",
                ),
                segment(
                    "What to improve next quarter",
                    15,
                    Actions,
                    "Turn each improvement into an action with an owner.",
                ),
            ],
        ),
        CONTENT_BRAINSTORM_ID => (
            "Content brainstorm",
            45,
            vec![
                segment(
                    "Content that could support and push a deal",
                    10,
                    Other,
                    "Sales: which deals are stuck, and what would move them?",
                ),
                segment(
                    "What leads are interested in",
                    10,
                    Other,
                    "What triggers them to get in touch or to buy?",
                ),
                segment(
                    "Requested content that is not available yet",
                    10,
                    NewProblems,
                    "What have prospects or customers asked for that we cannot send?",
                ),
                segment(
                    "Outdated content",
                    10,
                    Review,
                    "What should be refreshed or retired?",
                ),
                segment(
                    "Assign content owners",
                    5,
                    Actions,
                    "Every piece of content to create or update gets an owner.",
                ),
            ],
        ),
        _ => return None,
    };
    Some(Template {
        id,
        name: name.to_string(),
        segments,
        cap_secs: cap_minutes * 60,
        builtin: true,
        created_at: Timestamp(0),
        updated_at: Timestamp(0),
    })
}

/// The weekly agenda, with its two middle segments `progress` and `new_problems` minutes long.
fn weekly_segments(progress_minutes: u32, new_problems_minutes: u32) -> Vec<Segment> {
    vec![
        segment(
            "Review the last meeting",
            5,
            SegmentKind::Review,
            "The last meeting's note-taker presents a summary. Change note-taker each week.",
        ),
        segment(
            "Progress on current problem-solving deliverables",
            progress_minutes,
            SegmentKind::Progress,
            "About 2 minutes per deliverable, plus time for questions.",
        ),
        segment(
            "Discuss new problems",
            new_problems_minutes,
            SegmentKind::NewProblems,
            "Open the floor: go round every person and ask if they have anything new.",
        ),
        segment(
            "Set new action items",
            5,
            SegmentKind::Actions,
            "Make sure each person knows what they are responsible for. Anyone without an \
             item collaborates with someone who has one.",
        ),
    ]
}

fn segment(title: &str, minutes: u32, kind: SegmentKind, hint: &str) -> Segment {
    Segment::new(title, minutes * 60, kind, hint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn weekly_is_five_ten_ten_five_with_a_thirty_minute_cap() {
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        assert_eq!(weekly.name, "Weekly smarketing, 30 min");
        let minutes: Vec<u32> = weekly
            .segments
            .iter()
            .map(|s| s.planned_secs / 60)
            .collect();
        assert_eq!(minutes, [5, 10, 10, 5]);
        let kinds: Vec<SegmentKind> = weekly.segments.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SegmentKind::Review,
                SegmentKind::Progress,
                SegmentKind::NewProblems,
                SegmentKind::Actions
            ]
        );
        assert_eq!(weekly.cap_secs, 1800);
        assert_eq!(weekly.total_planned_secs(), 1800);
    }

    #[test]
    fn every_builtin_is_valid_within_its_cap_and_marked_builtin() {
        let templates = builtin_templates();
        assert_eq!(templates.len(), BUILTIN_IDS.len());
        for template in &templates {
            assert_eq!(template.validate(), Ok(()), "{}", template.name);
            assert!(template.total_planned_secs() <= template.cap_secs);
            assert!(template.builtin);
            assert!(is_builtin_id(template.id));
            assert!(
                template.segments.iter().all(|s| !s.hint.is_empty()),
                "{} has a segment without a hint",
                template.name
            );
        }
    }

    #[test]
    fn builtin_ids_and_names_are_unique() {
        let templates = builtin_templates();
        let ids: HashSet<_> = templates.iter().map(|t| t.id).collect();
        let names: HashSet<_> = templates.iter().map(|t| t.name.as_str()).collect();
        assert_eq!((ids.len(), names.len()), (7, 7));
    }

    #[test]
    fn builtin_ids_never_change() {
        // Stored meetings point at these: changing one orphans every meeting made from it.
        assert_eq!(
            WEEKLY_ID.to_string(),
            "00000000-0000-0000-0000-000053410001"
        );
        assert_eq!(
            CONTENT_BRAINSTORM_ID.to_string(),
            "00000000-0000-0000-0000-000053410007"
        );
    }

    #[test]
    fn monthly_extends_the_weekly_with_recognition_and_a_longer_cap() {
        let monthly = builtin_template(MONTHLY_EXTENDED_ID).unwrap();
        assert_eq!(monthly.cap_secs, 3600);
        let titles: Vec<&str> = monthly.segments.iter().map(|s| s.title.as_str()).collect();
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        for segment in &weekly.segments {
            assert!(titles.contains(&segment.title.as_str()));
        }
        assert!(titles[3].starts_with("Recognise top performers"));
    }

    #[test]
    fn a_user_id_is_not_a_builtin() {
        assert_eq!(builtin_template(TemplateId::from_u128(1)), None);
        assert!(!is_builtin_id(TemplateId::from_u128(1)));
    }
}
