#include "paramtext.h"

#include "model/kindregistry.h"

#include <QCoreApplication>
#include <cmath>

namespace tarmac {

using namespace Qt::Literals::StringLiterals;

// Gives lupdate a context for the free functions below.
struct ParamText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::ParamText)
};

namespace {

// Limits are shown in the same form the user types, but counts exactly: "65536", not "65.5k".
QString formatLimit(const ParamSpec &spec, double plainLimit)
{
    if (spec.dimension == Dimension::Count && spec.plainScale == 1.0)
        return QString::number(plainLimit, 'g', 12);
    return formatParamValue(spec, plainLimit * spec.plainScale);
}

} // namespace

QString paramDescription(const ParamSpec &spec)
{
    return QCoreApplication::translate("tarmac::Param", spec.description);
}

UnitSystem paramUnitSystem(const ParamSpec &spec)
{
    if (spec.dimension == Dimension::Bytes &&
        (spec.name.contains(u"memory"_s, Qt::CaseInsensitive) || spec.name.endsWith(u"PerGpu"_s)))
        return UnitSystem::IEC;
    return UnitSystem::SI;
}

QString formatParamValue(const ParamSpec &spec, double value)
{
    if (spec.plainScale != 1.0 && !spec.plainUnit.isEmpty())
        return QString::number(value / spec.plainScale, 'g', 10) + u' ' + spec.plainUnit;
    // Factors above one read better as "3×" than as "300 %" (peakFactor, storeOverhead).
    if (spec.dimension == Dimension::Ratio && std::isfinite(value) && value > 1.0)
        return QString::number(value, 'g', 6) + u'\u00d7';
    return formatQuantity(value, spec.dimension, paramUnitSystem(spec));
}

QString paramDisplayText(const ParamSpec &spec, const ParamValue &value)
{
    if (!value.text.isEmpty())
        return value.text;
    if (value.type != ParamValue::Type::Number)
        return {};
    // A bare number in the plain unit, because that is what parses back to the same value.
    if (spec.plainScale != 1.0)
        return QString::number(value.number / spec.plainScale, 'g', 10);
    return formatParamValue(spec, value.number);
}

QString paramPlaceholder(const ParamSpec &spec)
{
    if (spec.hasDefault) {
        const QString shown = spec.type == ParamType::Number
                                  ? formatParamValue(spec, spec.defaultValue)
                                  : spec.defaultText;
        return spec.assumed ? ParamText::tr("default: %1 (assumed)").arg(shown)
                            : ParamText::tr("default: %1").arg(shown);
    }
    if (!spec.derivedFrom.isEmpty())
        return ParamText::tr("derived: %1").arg(spec.derivedFrom);
    if (spec.required)
        return ParamText::tr("required");
    return ParamText::tr("optional");
}

QString paramUnsetLabel(const ParamSpec &spec)
{
    if (spec.hasDefault) {
        const QString shown = spec.type == ParamType::Number
                                  ? formatParamValue(spec, spec.defaultValue)
                                  : spec.defaultText;
        return ParamText::tr("(default: %1)").arg(shown);
    }
    if (!spec.derivedFrom.isEmpty())
        return ParamText::tr("(derived)");
    if (spec.required)
        return ParamText::tr("(required)");
    return ParamText::tr("(not set)");
}

QString paramUnitSuffix(const ParamSpec &spec)
{
    if (!spec.plainUnit.isEmpty())
        return spec.plainUnit;
    // The unit a bare number is read in, so that "4" next to "B" cannot be mistaken for 4 GB.
    return baseUnitSymbol(spec.dimension);
}

ParsedQuantity checkParamText(const ParamSpec &spec, const QString &text)
{
    // Messages name the field as the form does ("GPUs per host"), not by its key.
    const QString field = parameterLabel(spec.name);
    ParsedQuantity parsed = parseQuantity(text, spec.dimension, field, spec.plainScale);
    if (!parsed.ok())
        return parsed;
    // Ranges in the schema are in the plain unit (windowHours: 1 means one hour).
    const double plain = parsed.value / spec.plainScale;
    if (plain < spec.minimum || plain > spec.maximum) {
        const QString given = formatParamValue(spec, parsed.value);
        if (plain < spec.minimum)
            parsed.error = ParamText::tr("%1: %2 is too small; it must be at least %3")
                               .arg(field, given, formatLimit(spec, spec.minimum));
        else
            parsed.error = ParamText::tr("%1: %2 is out of range; it must be between %3 and %4")
                               .arg(field, given, formatLimit(spec, spec.minimum),
                                    formatLimit(spec, spec.maximum));
        return parsed;
    }
    // "1.5k" hosts is 1500 and fine; allow for the rounding of decimal prefixes.
    if (spec.integral &&
        std::fabs(plain - std::round(plain)) > 1e-9 * std::max(1.0, std::fabs(plain))) {
        parsed.error = ParamText::tr("%1: %2 is not a whole number").arg(field, text.trimmed());
        return parsed;
    }
    return parsed;
}

QString linkSpeedText(double bitsPerSecond)
{
    if (bitsPerSecond >= 1e9)
        return QString::number(bitsPerSecond / 1e9, 'g', 6) + u" Gb/s"_s;
    if (bitsPerSecond >= 1e6)
        return QString::number(bitsPerSecond / 1e6, 'g', 6) + u" Mb/s"_s;
    return formatBitsPerSecond(bitsPerSecond / 8);
}

} // namespace tarmac
