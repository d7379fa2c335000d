#include "notes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

struct Notes {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Notes)
};

QString nameOr(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

} // namespace

QString noteTargetName(const Project &project, const IdIndex &index, const QString &target)
{
    if (target.isEmpty())
        return Notes::tr("Project");
    if (const Stage *s = stageAt(project, index, target))
        return nameOr(s->name, s->id);
    if (const Component *c = componentAt(project, index, target))
        return nameOr(c->name, c->id);
    if (const Zone *z = zoneAt(project, index, target))
        return nameOr(z->name, z->id);
    if (const Flow *f = flowAt(project, index, target)) {
        const Stage *from = stageAt(project, index, f->from);
        const Stage *to = stageAt(project, index, f->to);
        return (from ? nameOr(from->name, from->id) : f->from) + u" \u2192 "_s +
               (to ? nameOr(to->name, to->id) : f->to);
    }
    return target;
}

ItemType noteTargetType(const IdIndex &index, const QString &target)
{
    if (target.isEmpty())
        return ItemType::Project;
    if (index.stage(target) >= 0)
        return ItemType::Stage;
    if (index.component(target) >= 0)
        return ItemType::Component;
    if (index.zone(target) >= 0)
        return ItemType::Zone;
    if (index.flow(target) >= 0)
        return ItemType::Flow;
    return ItemType::Project;
}

QString noteTimeText(const QString &created)
{
    if (created.isEmpty())
        return {};
    const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
    if (!when.isValid())
        return created;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString noteTimestampNow()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return now.toString(Qt::ISODate);
}

} // namespace tarmac
