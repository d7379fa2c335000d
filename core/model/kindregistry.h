#pragma once

#include "paramschema.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

// The one table of what Tarmac's kinds are: every view, the engine, the readers and the
// command line take names, colours, icons, roles, starters and parameters from here.
// Adding a kind is an entry in kindregistry.cpp (with its parameter table), its formulas in
// engine/stagerules.cpp or componentrules.cpp, and resources/icons/<id>.svg (decision 0011).

namespace tarmac {

enum class KindCategory { Stage, Component, Zone };

/// A parameter a new element starts with, as a person would type it ("500 TB").
struct StarterValue {
    const char *name;
    const char *typed;
};

struct KindInfo {
    QString id;
    KindCategory category = KindCategory::Stage;
    const char *name = "";        ///< English, "tarmac::Kinds" context
    const char *description = ""; ///< the palette's tooltip, both personas' view
    QColor color;                 ///< also baked into resources/icons/<id>.svg
    QString persona;              ///< stages: who usually owns one
    QStringList roles;            ///< components: binding roles they serve, default first
    std::vector<StarterValue> starter;
};

class KindRegistry {
public:
    /// Every kind: stages in lifecycle order, then components and zones in palette order.
    static const std::vector<KindInfo> &kinds();
    static const KindInfo *find(const QString &id);
    static const QStringList &ids(KindCategory category);
    /// The name in the user's language; the id itself for a kind Tarmac does not know.
    static QString displayName(const QString &id);
    static QString description(const QString &id);
    static QColor color(const QString &id);
    static QString iconPath(const QString &id);
    /// The parameters of a stage or component kind, in the order the properties show them.
    static const std::vector<ParamSpec> &params(const QString &id);
    static const std::vector<ParamSpec> &flowParams();
    static const QStringList &personas();
    static const QStringList &roles();
};

/// What people read for a parameter name ("Model parameters" for modelParams), translated;
/// the name itself when it has no label (an unknown parameter from a newer file).
QString parameterLabel(const QString &name);
/// The same for a requirement or output key ("Storage" for storageBytes).
QString requirementLabel(const QString &key);
/// A binding role in words ("online store" for online-store), translated.
QString roleLabel(const QString &role);

} // namespace tarmac
