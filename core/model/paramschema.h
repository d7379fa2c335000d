#pragma once

#include "idtable.h"
#include "quantity.h"

#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

namespace tarmac {

/// How a parameter's value is written.
enum class ParamType { Number, Text, Bool };

/// One parameter a stage, component or flow kind understands (ENGINE.md tables).
struct ParamSpec {
    QString name;
    ParamType type = ParamType::Number;
    Dimension dimension = Dimension::Count;
    double plainScale = 1.0; ///< a bare number is in this unit (3600: hours, 86400: days)
    QString plainUnit;       ///< the unit a bare number means, for people ("h", "d")
    bool hasDefault = false; ///< false: unset means "derived" or "not given"
    double defaultValue = 0; ///< in base units
    QString defaultText;     ///< for Text and Bool parameters
    bool assumed = false;    ///< default is an assumption, not a fact (show it as such)
    bool required = false;   ///< the engine reports missing-parameter when it is absent
    QString derivedFrom;     ///< unset value is computed from the model (explained here)
    QStringList choices;     ///< for Text parameters; empty = free text (ids)
    QString mode;            ///< applies only in this mode; empty = every mode
    double minimum = 0;
    /// No parameter may exceed 1e21 (a zettabyte, a zettaFLOP): beyond it products of a few
    /// parameters stop being numbers a design can have, and 1e308 would overflow to infinity.
    double maximum = 1e21;
    bool integral = false;
    const char *description = ""; ///< English; translate with the "tarmac::Param" context
};

/// The parameters of each kind, in the order the properties editor shows them.
class ParamSchema {
public:
    static const std::vector<ParamSpec> &forStage(const QString &kind);
    static const std::vector<ParamSpec> &forComponent(const QString &kind);
    static const std::vector<ParamSpec> &forFlow();
    /// The spec named `name` in `specs`, or nullptr.
    static const ParamSpec *find(const std::vector<ParamSpec> &specs, QStringView name);
    /// Name → position in `specs`, built once per table: for code that asks many names of one.
    static const IdTable &namesOf(const std::vector<ParamSpec> &specs);
    /// The schema's own copy of `name` if any kind has a parameter of that name, else nullptr.
    static const QString *knownName(QStringView name);

    static const QStringList &stageKinds();     ///< lifecycle order
    static const QStringList &componentKinds(); ///< palette order
    static const QStringList &zoneKinds();
    static const QStringList &personas();
    static const QStringList &roles();
    static bool isStorageKind(const QString &componentKind);
    static bool isComputeKind(const QString &componentKind);
    /// Whether a binding of `role` may tie any stage to a component of `componentKind`.
    static bool roleFits(const QString &role, const QString &componentKind);
    /// The role a binding gets by default when a stage is dropped on such a component.
    static QString defaultRole(const QString &componentKind);
    /// The mode a stage kind uses when its `mode` parameter is absent; empty if it has none.
    static QString defaultMode(const QString &stageKind);
};

} // namespace tarmac
