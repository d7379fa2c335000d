#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tarmac {

/// Who owns a stage, as people read it ("Data scientist"); the id itself if unknown. (The
/// translation context is the properties panel's, where the words first appeared.)
inline QString personaTitle(const QString &persona)
{
    static const struct {
        const char16_t *id;
        const char *title;
    } titles[] = {
        {u"data-engineer", QT_TRANSLATE_NOOP("tarmac::PropertiesPanel", "Data engineer")},
        {u"data-scientist", QT_TRANSLATE_NOOP("tarmac::PropertiesPanel", "Data scientist")},
        {u"ml-engineer", QT_TRANSLATE_NOOP("tarmac::PropertiesPanel", "ML engineer")},
        {u"platform-architect", QT_TRANSLATE_NOOP("tarmac::PropertiesPanel", "Platform architect")},
        {u"vi-admin", QT_TRANSLATE_NOOP("tarmac::PropertiesPanel", "VI administrator")},
    };
    for (const auto &t : titles) {
        if (persona == QStringView(t.id))
            return QCoreApplication::translate("tarmac::PropertiesPanel", t.title);
    }
    return persona;
}

/// The colour of the person who owns a stage: the dot before its kind on the card, so that a
/// room sees at a glance who owns what. Data roles warm, platform roles cool; none share a hue
/// with a status colour.
inline QColor personaColor(const QString &persona)
{
    if (persona == u"data-engineer")
        return QColor(0x00, 0x89, 0x7B); // teal
    if (persona == u"data-scientist")
        return QColor(0x8E, 0x44, 0xAD); // purple
    if (persona == u"ml-engineer")
        return QColor(0xD3, 0x54, 0x00); // burnt orange
    if (persona == u"platform-architect")
        return QColor(0x2C, 0x5F, 0x8A); // steel blue
    if (persona == u"vi-admin")
        return QColor(0x4A, 0x55, 0x68); // slate
    return QColor(0x9A, 0xA0, 0xA6);
}

} // namespace tarmac
