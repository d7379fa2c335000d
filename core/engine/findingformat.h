#pragma once

#include "model/idindex.h"
#include "model/project.h"
#include "result.h"

namespace tarmac {

/// Turns findings (data) into sentences for one reader: names from the project as it is now,
/// numbers in the reader's unit system, words in the application's language. Every view that
/// shows a finding makes one of these; nothing in the engine holds a unit preference.
class FindingFormatter {
public:
    /// `project` must outlive the formatter; its ids are indexed once here.
    FindingFormatter(const Project &project, UnitSystem units);

    QString message(const Finding &finding) const { return text(finding.message); }
    QString hint(const Finding &finding) const { return text(finding.hint); }
    QString text(const FindingText &text) const;
    /// One value as it appears in a sentence.
    QString arg(const FindingArg &arg) const;
    UnitSystem units() const { return m_units; }

private:
    const Project &m_project;
    IdIndex m_index;
    UnitSystem m_units;
};

/// "“Name”" for a named element, else its id: how findings quote what they concern.
QString quotedName(const QString &name, const QString &id);

} // namespace tarmac
