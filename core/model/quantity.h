#pragma once

#include <QString>

namespace tarmac {

/// What a number measures; decides which unit strings are accepted and how it is shown.
enum class Dimension {
    Count,          ///< plain count; suffixes k, M, B/G (billion), T, P
    Ratio,          ///< dimensionless factor; "40%" and "3x" accepted
    Bytes,          ///< size; B bytes, b bits, SI (kB…EB) and IEC (KiB…EiB) prefixes
    BytesPerSecond, ///< bandwidth; "25 Gb/s", "12 GB/s", "10 Gbps"
    Seconds,        ///< duration; ns, us, ms, s, min, h, d, w
    Flops,          ///< floating-point operations; "8.4e23", "3.14e23 FLOP", "5 EFLOP"
    FlopsPerSecond, ///< "989 TFLOPS", "1 PFLOP/s"
    PerSecond,      ///< events per second (requests, lookups, ops); "100k", "2M/s"
};

/// Which binary prefixes people read byte quantities in.
enum class UnitSystem { SI, IEC };

/// Outcome of parsing one quantity: a value in SI base units or an error naming the field.
struct ParsedQuantity {
    double value = 0.0;
    QString error; ///< empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Parses a unit string ("4 TB", "25 Gb/s", "0.5 ms", "70B") into base units of `dimension`.
/// A bare number is multiplied by `plainScale` (e.g. 3600 for a parameter given in hours).
/// Errors (empty, not a number, unknown unit, unit of another dimension, negative, NaN,
/// infinite) are one sentence that starts with `field`.
ParsedQuantity parseQuantity(const QString &text, Dimension dimension, const QString &field,
                             double plainScale = 1.0);

/// Checks a bare JSON number the same way (finite, not negative) and applies `plainScale`.
ParsedQuantity checkNumber(double number, const QString &field, double plainScale = 1.0);

/// Formats a base-unit value for people: three significant digits and the right prefix.
/// There is no process-wide preference: a view that shows sizes passes its reader's system;
/// SI is the convention of files and the command line.
QString formatQuantity(double value, Dimension dimension, UnitSystem system = UnitSystem::SI);
/// The symbol of a dimension's base unit ("B", "B/s", "s", "FLOP", "×" for ratios, "" for
/// counts): what a bare number in that dimension means.
QString baseUnitSymbol(Dimension dimension);

/// Bandwidth in bits per second (network links are quoted that way): "25.0 Gb/s".
QString formatBitsPerSecond(double bytesPerSecond);

/// Human name of a dimension for error messages ("a size", "a bandwidth").
QString dimensionName(Dimension dimension);

/// Three significant digits without exponent where sensible ("1.10", "84.0", "312").
QString threeSignificant(double value);

} // namespace tarmac
