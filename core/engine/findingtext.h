#pragma once

#include "model/quantity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace tarmac {

/// One value a finding quotes. The engine stores the value, never its text: names are looked
/// up when the finding is shown (so a rename shows at once) and numbers are formatted in the
/// unit system and language of whoever reads them.
struct FindingArg {
    enum class Type {
        Stage,      ///< `text` is the stage's id: shown as its name in quotes, or the id
        Component,  ///< likewise for a component
        Word,       ///< `text` as is: an id, a catalog name
        Parameters, ///< `text`: parameter names joined by ',', shown as "Label (name), …"
        Phrase,     ///< `source`: an English phrase of the "tarmac::Findings" context
        Quantity,   ///< `value` in base units of `dimension`
        Bits,       ///< `value` in bytes per second, shown in bits ("25.0 Gb/s")
        Whole,      ///< `value` as a whole number ("14")
        Counted,    ///< `value` as a whole number inside `source` ("%1 GPUs")
        Role,       ///< `text` is a binding role id: shown in words, in the reader's language
    };
    Type type = Type::Word;
    QString text;
    double value = 0;
    Dimension dimension = Dimension::Count;
    /// Byte sizes vendors state in binary units (GPU and host memory) stay in IEC whatever the
    /// reader's preference: a "80 GiB" H100 is never shown as "85.9 GB".
    bool binary = false;
    const char *source = nullptr;

    bool operator==(const FindingArg &o) const
    {
        return type == o.type && text == o.text && value == o.value && dimension == o.dimension &&
               binary == o.binary && QByteArrayView(source) == QByteArrayView(o.source);
    }
};

/// A sentence of a finding as data: an English template of the "tarmac::Findings" context
/// (declared with QT_TRANSLATE_NOOP so that lupdate finds it) and the values for its %1, %2….
struct FindingText {
    const char *source = nullptr;
    /// Implicitly shared: the engine copies every finding into the result after each edit, and
    /// a copy of a QList is a reference count, not an allocation per value.
    QList<FindingArg> args;

    bool isEmpty() const { return !source || !*source; }
    bool operator==(const FindingText &o) const
    {
        return QByteArrayView(source) == QByteArrayView(o.source) && args == o.args;
    }
};

namespace say {
inline FindingArg stage(const QString &id)
{
    return {FindingArg::Type::Stage, id};
}
inline FindingArg component(const QString &id)
{
    return {FindingArg::Type::Component, id};
}
inline FindingArg word(const QString &text)
{
    return {FindingArg::Type::Word, text};
}
/// Parameters a person sets: their labels for whoever reads Properties, their names for
/// whoever edits the file.
inline FindingArg parameters(const QStringList &names)
{
    return {FindingArg::Type::Parameters, names.join(u',')};
}
inline FindingArg role(const QString &id)
{
    return {FindingArg::Type::Role, id};
}
inline FindingArg phrase(const char *source)
{
    FindingArg a;
    a.type = FindingArg::Type::Phrase;
    a.source = source;
    return a;
}
inline FindingArg quantity(double value, Dimension dimension)
{
    return {FindingArg::Type::Quantity, {}, value, dimension};
}
/// Memory as vendors state it, in GiB whatever the reader's unit system.
inline FindingArg memory(double bytes)
{
    return {FindingArg::Type::Quantity, {}, bytes, Dimension::Bytes, true};
}
inline FindingArg bits(double bytesPerSecond)
{
    return {FindingArg::Type::Bits, {}, bytesPerSecond, Dimension::BytesPerSecond};
}
inline FindingArg whole(double value)
{
    return {FindingArg::Type::Whole, {}, value};
}
inline FindingArg counted(double value, const char *source)
{
    FindingArg a;
    a.type = FindingArg::Type::Counted;
    a.value = value;
    a.source = source;
    return a;
}
inline FindingText text(const char *source, QList<FindingArg> args = {})
{
    return {source, std::move(args)};
}
} // namespace say

} // namespace tarmac
