#pragma once

#include <QKeySequence>
#include <QList>
#include <initializer_list>

namespace tarmac {

/// The platform's keys for `standard`, then each of `extra` it lacks: a key listed twice makes
/// the shortcut ambiguous, and then it does nothing.
inline QList<QKeySequence> platformKeysAnd(QKeySequence::StandardKey standard,
                                           std::initializer_list<QKeySequence> extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    for (const QKeySequence &key : extra) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace tarmac
