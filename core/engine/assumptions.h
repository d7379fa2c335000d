#pragma once

#include "model/project.h"

#include <vector>

namespace tarmac {

/// A default in force: a parameter the project does not set, so the engine used its default.
struct DefaultInForce {
    QString itemId;
    QString itemKind;
    QString param;
    QString value;        ///< formatted with its unit
    QString description;  ///< what the parameter means (English; translate with "tarmac::Param")
    bool assumed = false; ///< an assumption (ENGINE.md "assumed"), not a fact
};

/// Every default the engine applied to this project, in project order.
std::vector<DefaultInForce> defaultsInForce(const Project &project);

/// The published sources behind the formulas, for reports ("Kaplan et al. 2020 …").
QStringList formulaSources();

} // namespace tarmac
