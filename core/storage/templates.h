#pragma once

#include "model/project.h"

#include <QList>

namespace tarmac {

/// A project that ships with Tarmac to start from.
struct TemplateInfo {
    QString name;  ///< what `tarmac new --template` takes
    QString title; ///< one line for people
    QString resource;
};

QList<TemplateInfo> bundledTemplates();
/// The template's project; on failure `error` names the problem.
Project loadTemplate(const QString &name, QString *error);

} // namespace tarmac
