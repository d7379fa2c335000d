#include "quantity.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace tarmac {
namespace {

struct Unit {
    const char16_t *symbol;
    Dimension dimension;
    double factor;
};

// Case matters: "b" is a bit, "B" a byte, "M" mega, "m" only inside "ms"/"min".
// Order does not matter; lookup is an exact match on the trimmed unit text.
constexpr double kKi = 1024.0;
const std::array kUnits = {
    // sizes
    Unit{u"B", Dimension::Bytes, 1},
    Unit{u"byte", Dimension::Bytes, 1},
    Unit{u"bytes", Dimension::Bytes, 1},
    Unit{u"kB", Dimension::Bytes, 1e3},
    Unit{u"KB", Dimension::Bytes, 1e3},
    Unit{u"MB", Dimension::Bytes, 1e6},
    Unit{u"GB", Dimension::Bytes, 1e9},
    Unit{u"TB", Dimension::Bytes, 1e12},
    Unit{u"PB", Dimension::Bytes, 1e15},
    Unit{u"EB", Dimension::Bytes, 1e18},
    Unit{u"KiB", Dimension::Bytes, kKi},
    Unit{u"MiB", Dimension::Bytes, kKi *kKi},
    Unit{u"GiB", Dimension::Bytes, kKi *kKi *kKi},
    Unit{u"TiB", Dimension::Bytes, kKi *kKi *kKi *kKi},
    Unit{u"PiB", Dimension::Bytes, kKi *kKi *kKi *kKi *kKi},
    Unit{u"EiB", Dimension::Bytes, kKi *kKi *kKi *kKi *kKi *kKi},
    Unit{u"b", Dimension::Bytes, 1.0 / 8},
    Unit{u"bit", Dimension::Bytes, 1.0 / 8},
    Unit{u"bits", Dimension::Bytes, 1.0 / 8},
    Unit{u"kb", Dimension::Bytes, 1e3 / 8},
    Unit{u"Kb", Dimension::Bytes, 1e3 / 8},
    Unit{u"Mb", Dimension::Bytes, 1e6 / 8},
    Unit{u"Gb", Dimension::Bytes, 1e9 / 8},
    Unit{u"Tb", Dimension::Bytes, 1e12 / 8},
    Unit{u"Pb", Dimension::Bytes, 1e15 / 8},
    // durations
    Unit{u"ns", Dimension::Seconds, 1e-9},
    Unit{u"us", Dimension::Seconds, 1e-6},
    Unit{u"\u00b5s", Dimension::Seconds, 1e-6},
    Unit{u"ms", Dimension::Seconds, 1e-3},
    Unit{u"s", Dimension::Seconds, 1},
    Unit{u"sec", Dimension::Seconds, 1},
    Unit{u"min", Dimension::Seconds, 60},
    Unit{u"h", Dimension::Seconds, 3600},
    Unit{u"hr", Dimension::Seconds, 3600},
    Unit{u"hours", Dimension::Seconds, 3600},
    Unit{u"d", Dimension::Seconds, 86400},
    Unit{u"day", Dimension::Seconds, 86400},
    Unit{u"days", Dimension::Seconds, 86400},
    Unit{u"w", Dimension::Seconds, 7 * 86400},
    Unit{u"weeks", Dimension::Seconds, 7 * 86400},
    // counts (B is a billion here; the dimension decides, see parseQuantity)
    Unit{u"k", Dimension::Count, 1e3},
    Unit{u"K", Dimension::Count, 1e3},
    Unit{u"M", Dimension::Count, 1e6},
    Unit{u"G", Dimension::Count, 1e9},
    Unit{u"T", Dimension::Count, 1e12},
    Unit{u"P", Dimension::Count, 1e15},
    // ratios
    Unit{u"%", Dimension::Ratio, 0.01},
    Unit{u"x", Dimension::Ratio, 1},
    Unit{u"\u00d7", Dimension::Ratio, 1},
    // floating-point work
    Unit{u"FLOP", Dimension::Flops, 1},
    Unit{u"FLOPs", Dimension::Flops, 1},
    Unit{u"kFLOP", Dimension::Flops, 1e3},
    Unit{u"MFLOP", Dimension::Flops, 1e6},
    Unit{u"GFLOP", Dimension::Flops, 1e9},
    Unit{u"TFLOP", Dimension::Flops, 1e12},
    Unit{u"PFLOP", Dimension::Flops, 1e15},
    Unit{u"EFLOP", Dimension::Flops, 1e18},
    Unit{u"ZFLOP", Dimension::Flops, 1e21},
    Unit{u"YFLOP", Dimension::Flops, 1e24},
    Unit{u"FLOPS", Dimension::FlopsPerSecond, 1},
    Unit{u"GFLOPS", Dimension::FlopsPerSecond, 1e9},
    Unit{u"TFLOPS", Dimension::FlopsPerSecond, 1e12},
    Unit{u"PFLOPS", Dimension::FlopsPerSecond, 1e15},
    Unit{u"EFLOPS", Dimension::FlopsPerSecond, 1e18},
};

std::optional<Unit> findUnit(QStringView symbol)
{
    for (const Unit &unit : kUnits) {
        if (symbol == QStringView(unit.symbol))
            return unit;
    }
    return std::nullopt;
}

// Rates: "<size>/s", "<size>ps", "<count>/s", "<flop>/s".
std::optional<Unit> findRateUnit(QStringView symbol)
{
    QStringView base;
    if (symbol.endsWith(u"/s"))
        base = symbol.chopped(2).trimmed();
    else if (symbol.endsWith(u"ps") && symbol.size() > 2)
        base = symbol.chopped(2);
    else
        return std::nullopt;
    if (base.isEmpty())
        return Unit{u"/s", Dimension::PerSecond, 1};
    auto unit = findUnit(base);
    if (!unit)
        return std::nullopt;
    switch (unit->dimension) {
    case Dimension::Bytes:
        return Unit{unit->symbol, Dimension::BytesPerSecond, unit->factor};
    case Dimension::Count:
        return Unit{unit->symbol, Dimension::PerSecond, unit->factor};
    case Dimension::Flops:
        return Unit{unit->symbol, Dimension::FlopsPerSecond, unit->factor};
    default:
        return std::nullopt;
    }
}

// A translation context lupdate can see (a free Quantity::tr() would be filed under the wrong one).
struct Quantity {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Quantity)
};

bool acceptsCountSuffix(Dimension d)
{
    return d == Dimension::Count || d == Dimension::Flops || d == Dimension::PerSecond ||
           d == Dimension::FlopsPerSecond;
}

} // namespace

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Count:
        return Quantity::tr("a count");
    case Dimension::Ratio:
        return Quantity::tr("a ratio");
    case Dimension::Bytes:
        return Quantity::tr("a size");
    case Dimension::BytesPerSecond:
        return Quantity::tr("a bandwidth");
    case Dimension::Seconds:
        return Quantity::tr("a duration");
    case Dimension::Flops:
        return Quantity::tr("an amount of FLOP");
    case Dimension::FlopsPerSecond:
        return Quantity::tr("a FLOP rate");
    case Dimension::PerSecond:
        return Quantity::tr("a rate per second");
    }
    return {};
}

ParsedQuantity checkNumber(double number, const QString &field, double plainScale)
{
    if (std::isnan(number))
        return {0, Quantity::tr("%1: not a number (NaN)").arg(field)};
    if (std::isinf(number))
        return {0, Quantity::tr("%1: infinite value").arg(field)};
    if (number < 0)
        return {0,
                Quantity::tr("%1: %2 is negative; it must be zero or more").arg(field).arg(number)};
    // The unit can carry a finite number past the largest double ("1e308 h").
    const double scaled = number * plainScale;
    if (std::isinf(scaled))
        return {0, Quantity::tr("%1: %2 is too large").arg(field).arg(number)};
    return {scaled, {}};
}

ParsedQuantity parseQuantity(const QString &text, Dimension dimension, const QString &field,
                             double plainScale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {0, Quantity::tr("%1: empty value").arg(field)};

    // Longest numeric prefix: sign, digits, one dot, exponent.
    qsizetype end = 0;
    const qsizetype n = trimmed.size();
    auto isDigit = [&](qsizetype i) { return i < n && trimmed.at(i).isDigit(); };
    if (end < n && (trimmed.at(end) == u'-' || trimmed.at(end) == u'+'))
        ++end;
    const qsizetype digitsStart = end;
    while (isDigit(end))
        ++end;
    if (end < n && trimmed.at(end) == u'.') {
        ++end;
        while (isDigit(end))
            ++end;
    }
    if (end == digitsStart || (end == digitsStart + 1 && trimmed.at(digitsStart) == u'.'))
        return {0, Quantity::tr("%1: \"%2\" does not start with a number").arg(field, trimmed)};
    if (end < n && (trimmed.at(end) == u'e' || trimmed.at(end) == u'E')) {
        qsizetype e = end + 1;
        if (e < n && (trimmed.at(e) == u'-' || trimmed.at(e) == u'+'))
            ++e;
        if (isDigit(e)) {
            while (isDigit(e))
                ++e;
            end = e;
        }
    }
    bool ok = false;
    const double number = QStringView(trimmed).left(end).toDouble(&ok);
    if (!ok)
        return {0, Quantity::tr("%1: \"%2\" is not a number").arg(field, trimmed)};
    const QStringView unitText = QStringView(trimmed).mid(end).trimmed();

    if (unitText.isEmpty())
        return checkNumber(number, field, plainScale);

    // "70B" is 70 billion for a count but 70 bytes for a size.
    if (acceptsCountSuffix(dimension) && unitText == u"B")
        return checkNumber(number, field, 1e9);

    std::optional<Unit> unit = findUnit(unitText);
    if (!unit)
        unit = findRateUnit(unitText);
    if (!unit)
        return {0, Quantity::tr("%1: unknown unit \"%2\" in \"%3\"")
                       .arg(field, unitText.toString(), trimmed)};

    Dimension given = unit->dimension;
    // A count suffix also scales FLOP and per-second figures ("2T" tokens, "100k" lookups).
    if (given == Dimension::Count && acceptsCountSuffix(dimension))
        given = dimension;
    if (given != dimension) {
        return {0,
                Quantity::tr("%1: \"%2\" is %3, but %4 is expected")
                    .arg(field, trimmed, dimensionName(unit->dimension), dimensionName(dimension))};
    }
    return checkNumber(number, field, unit->factor);
}

QString threeSignificant(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value == 0 ? QStringLiteral("0") : QString::number(value);
    // Past 1e15 (of the largest unit) digits stop meaning anything: 1.00e+21 instead of 22 digits.
    // Below 1e-15 the rounding below would overflow its scale.
    if (std::fabs(value) >= 1e15 || std::fabs(value) < 1e-15)
        return QString::number(value, 'e', 2);
    // Round to three significant digits first, then pick the decimals from the rounded value,
    // so that 99.96 becomes "100" rather than "100.0".
    const int exponent = int(std::floor(std::log10(std::fabs(value))));
    const double scale = std::pow(10.0, 2 - exponent);
    const double rounded = std::round(value * scale) / scale;
    const int roundedExponent = int(std::floor(std::log10(std::fabs(rounded))));
    const int decimals = std::clamp(2 - roundedExponent, 0, 6);
    return QString::number(rounded, 'f', decimals);
}

namespace {

QString withPrefix(double value, const char16_t *const *symbols, int count, double step)
{
    int index = 0;
    double scaled = value;
    while (std::fabs(scaled) >= step * 0.9995 && index < count - 1) {
        scaled /= step;
        ++index;
    }
    return threeSignificant(scaled) + u' ' + QString::fromUtf16(symbols[index]);
}

} // namespace

QString baseUnitSymbol(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Count:
        return {};
    case Dimension::Ratio:
        return QStringLiteral("\u00d7");
    case Dimension::Bytes:
        return QStringLiteral("B");
    case Dimension::BytesPerSecond:
        return QStringLiteral("B/s");
    case Dimension::Seconds:
        return QStringLiteral("s");
    case Dimension::Flops:
        return QStringLiteral("FLOP");
    case Dimension::FlopsPerSecond:
        return QStringLiteral("FLOP/s");
    case Dimension::PerSecond:
        return QStringLiteral("/s");
    }
    return {};
}

QString formatQuantity(double value, Dimension dimension, UnitSystem system)
{
    if (std::isnan(value))
        return QStringLiteral("\u2014");
    if (std::isinf(value))
        return QStringLiteral("\u221e");
    static const char16_t *const si[] = {u"B", u"kB", u"MB", u"GB", u"TB", u"PB", u"EB"};
    static const char16_t *const iec[] = {u"B", u"KiB", u"MiB", u"GiB", u"TiB", u"PiB", u"EiB"};
    static const char16_t *const siRate[] = {u"B/s",  u"kB/s", u"MB/s", u"GB/s",
                                             u"TB/s", u"PB/s", u"EB/s"};
    static const char16_t *const iecRate[] = {u"B/s",   u"KiB/s", u"MiB/s", u"GiB/s",
                                              u"TiB/s", u"PiB/s", u"EiB/s"};
    static const char16_t *const flopRate[] = {u"FLOP/s",  u"kFLOP/s", u"MFLOP/s", u"GFLOP/s",
                                               u"TFLOP/s", u"PFLOP/s", u"EFLOP/s"};
    static const char16_t *const flops[] = {u"FLOP",  u"kFLOP", u"MFLOP", u"GFLOP", u"TFLOP",
                                            u"PFLOP", u"EFLOP", u"ZFLOP", u"YFLOP"};
    static const char16_t *const counts[] = {u"", u"k", u"M", u"B", u"T"};
    switch (dimension) {
    case Dimension::Bytes:
        return system == UnitSystem::IEC ? withPrefix(value, iec, 7, 1024)
                                         : withPrefix(value, si, 7, 1000);
    case Dimension::BytesPerSecond:
        return system == UnitSystem::IEC ? withPrefix(value, iecRate, 7, 1024)
                                         : withPrefix(value, siRate, 7, 1000);
    case Dimension::FlopsPerSecond:
        return withPrefix(value, flopRate, 7, 1000);
    case Dimension::Flops:
        // SI prefixes people say ("5.88 ZFLOP"), which read back; never "5.88e+21".
        return withPrefix(value, flops, 9, 1000);
    case Dimension::Seconds: {
        const double a = std::fabs(value);
        if (a == 0)
            return QStringLiteral("0 s");
        // Thresholds just under each unit, so 999.6 µs reads "1.00 ms".
        if (a < 1e-3 * 0.9995)
            return threeSignificant(value * 1e6) + QStringLiteral(" \u00b5s");
        if (a < 0.9995)
            return threeSignificant(value * 1e3) + QStringLiteral(" ms");
        if (a < 120)
            return threeSignificant(value) + QStringLiteral(" s");
        if (a < 3 * 3600)
            return threeSignificant(value / 60) + QStringLiteral(" min");
        if (a < 3 * 86400)
            return threeSignificant(value / 3600) + QStringLiteral(" h");
        return threeSignificant(value / 86400) + QStringLiteral(" d");
    }
    case Dimension::Ratio:
        // A ratio too large to show as a percentage is shown as a factor.
        return std::fabs(value) < 1e4 ? threeSignificant(value * 100) + QStringLiteral(" %")
                                      : threeSignificant(value) + QStringLiteral(" \u00d7");
    case Dimension::Count:
    case Dimension::PerSecond: {
        const QString suffix = dimension == Dimension::PerSecond ? QStringLiteral("/s") : QString();
        if (std::fabs(value) < 1e4 && value == std::floor(value))
            return QString::number(value, 'f', 0) + (suffix.isEmpty() ? QString() : u' ' + suffix);
        QString text = withPrefix(value, counts, 5, 1000).trimmed();
        text.remove(u' ');
        return suffix.isEmpty() ? text : text + u' ' + suffix;
    }
    }
    return QString::number(value);
}

QString formatBitsPerSecond(double bytesPerSecond)
{
    static const char16_t *const bits[] = {u"b/s", u"kb/s", u"Mb/s", u"Gb/s", u"Tb/s", u"Pb/s"};
    return withPrefix(bytesPerSecond * 8, bits, 6, 1000);
}

} // namespace tarmac
