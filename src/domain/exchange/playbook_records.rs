//! The playbook's records in the file (schema version 3): entries with their versions, the
//! decision log, scorecard readings, and the alignment check's statements and scores. They
//! belong to the workspace, not to one meeting, so a one-meeting file holds none.

use super::path::JsonPath;
use super::records::{Names, Record, RecordKind, Ref, RuleError, at, id_and_updated_at};
use crate::domain::ids::{AlignmentScoreId, DecisionId, PlaybookEntryId, ReadingId, StatementId};
use crate::domain::playbook::{
    AlignmentScore, Decision, PlaybookEntry, PlaybookError, Reading, Statement,
};
use crate::domain::time::Timestamp;

fn rule(path: JsonPath, error: PlaybookError) -> RuleError {
    (path, error.to_string())
}

impl Record for PlaybookEntry {
    id_and_updated_at!(PlaybookEntry, PlaybookEntryId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.title()
    }

    /// The entry's invariants, with the version that breaks one; an agreement needs people.
    fn check(&self) -> Result<(), RuleError> {
        for (index, version) in self.versions().iter().enumerate() {
            let path = at("versions").index(index);
            if let Err(error) = version.content.check(self.topic) {
                return Err(rule(path.key("content"), error));
            }
            if let Some(i) = version
                .agreements
                .iter()
                .position(|a| a.attendees.is_empty())
            {
                return Err(rule(
                    path.key("agreements").index(i).key("attendees"),
                    PlaybookError::NobodyAgreed,
                ));
            }
        }
        self.validate().map_err(|error| rule(at("versions"), error))
    }

    /// Who agreed each version. The meetings are not checked: an agreement outlives the
    /// meeting it was made in, like a problem outlives the meeting that raised it.
    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        for (v, version) in self.versions().iter().enumerate() {
            for (a, agreement) in version.agreements.iter().enumerate() {
                for (p, person) in agreement.attendees.iter().enumerate() {
                    let path = at("versions")
                        .index(v)
                        .key("agreements")
                        .index(a)
                        .key("attendees")
                        .index(p);
                    out.push((Ref::Person(*person), path));
                }
            }
        }
    }

    fn as_ref(&self) -> Option<Ref> {
        Some(Ref::PlaybookEntry(self.id))
    }
}

impl Record for Decision {
    id_and_updated_at!(Decision, DecisionId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.what.clone()
    }

    fn check(&self) -> Result<(), RuleError> {
        self.check().map_err(|error| {
            let field = match error {
                PlaybookError::Empty("the reason")
                | PlaybookError::TooLong {
                    what: "the reason", ..
                }
                | PlaybookError::Markup("the reason") => "why",
                _ => "what",
            };
            rule(at(field), error)
        })
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        if let Some(meeting) = self.meeting {
            out.push((Ref::Meeting(meeting), at("meeting")));
        }
        if let Some(person) = self.owner {
            out.push((Ref::Person(person), at("owner")));
        }
        if let Some(problem) = self.problem {
            out.push((Ref::Problem(problem), at("problem")));
        }
        if let Some((entry, _)) = self.entry {
            out.push((Ref::PlaybookEntry(entry), at("entry").index(0)));
        }
    }
}

impl Record for Reading {
    id_and_updated_at!(Reading, ReadingId);

    fn label(&self, names: &Names<'_>) -> String {
        format!(
            "A scorecard value of {} in {}",
            self.actual,
            names.meeting(self.meeting)
        )
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        out.push((Ref::PlaybookEntry(self.entry), at("entry")));
        out.push((Ref::Meeting(self.meeting), at("meeting")));
    }
}

impl Record for Statement {
    id_and_updated_at!(Statement, StatementId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.text.clone()
    }

    fn check(&self) -> Result<(), RuleError> {
        self.check().map_err(|error| rule(at("text"), error))
    }

    fn as_ref(&self) -> Option<Ref> {
        Some(Ref::Statement(self.id))
    }
}

impl Record for AlignmentScore {
    id_and_updated_at!(AlignmentScore, AlignmentScoreId);
    const LISTED: bool = false;

    fn label(&self, names: &Names<'_>) -> String {
        format!("An alignment score in {}", names.meeting(self.meeting))
    }

    fn check(&self) -> Result<(), RuleError> {
        self.check().map_err(|error| rule(at("score"), error))
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        out.push((Ref::Meeting(self.meeting), at("meeting")));
        out.push((Ref::Person(self.person), at("person")));
        out.push((Ref::Statement(self.statement), at("statement")));
    }
}
