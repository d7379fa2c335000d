#pragma once

// Formatting helpers shared by the chart models' .cpp files (not part of the public API).

#include "engine/result.h"
#include "engine/resultoutput.h"
#include "model/quantity.h"

#include <QCoreApplication>
#include <cmath>

namespace tarmac::chartmodels {

inline const QString &dash()
{
    static const QString text = QStringLiteral("\u2014");
    return text;
}

// NaN means "does not apply"; two of them are the same value, or every update would look
// like a change and repaint every chart.
inline bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

inline QString nameOf(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

inline QString wholeOrOne(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

inline QString formatRatio(double ratio)
{
    if (std::isnan(ratio))
        return dash();
    return std::isinf(ratio) ? QStringLiteral("\u221e") : formatQuantity(ratio, Dimension::Ratio);
}

} // namespace tarmac::chartmodels
