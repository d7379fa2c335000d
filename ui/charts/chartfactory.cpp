#include "chartfactory.h"

#include "chartfactoryinternal.h"
#include "chartmodels.h"
#include "model/quantity.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace chartdetail {

int bandOf(double ratio)
{
    if (ratio > 1)
        return 2;
    return ratio > 0.8 ? 1 : 0;
}

QColor bandColor(int band)
{
    // Hues that read as "fine / watch / over" in both themes and stay apart for the most
    // common colour-vision deficiencies by lightness as well as hue.
    static const QColor colors[] = {QColor(0x2E, 0x9E, 0x5B), QColor(0xF0, 0xA2, 0x02),
                                    QColor(0xD6, 0x45, 0x45)};
    return colors[std::clamp(band, 0, 2)];
}

bool rebuildNeeded(QChart *chart, const QStringList &shape)
{
    if (chart->property(kShape).toStringList() == shape && !chart->series().isEmpty())
        return false;
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setProperty(kShape, shape);
    return true;
}

namespace {

QColor themed(const QObject *object, bool dark)
{
    const QColor light = object->property(kColor).value<QColor>();
    const QColor darkColor = object->property(kColorDark).value<QColor>();
    return dark && darkColor.isValid() ? darkColor : light;
}

QColor faded(QColor color)
{
    color.setAlpha(60);
    return color;
}

void styleSet(QBarSet *set, bool dark)
{
    const QColor color = themed(set, dark);
    if (!color.isValid())
        return;
    set->setColor(color);
    set->setBorderColor(color);
    set->setSelectedColor(faded(color));
}

void styleSeries(QXYSeries *series, bool dark, const QString &highlight)
{
    const QColor color = themed(series, dark);
    if (!color.isValid())
        return;
    const QString id = series->property(kItemId).toString();
    const bool emphasised = !highlight.isEmpty() && id == highlight;
    const bool dimmed = !highlight.isEmpty() && !id.isEmpty() && id != highlight;
    const qreal width = series->property(kWidth).toReal() * (emphasised ? 2 : 1);
    const QColor shown = dimmed ? faded(color) : color;
    if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setColor(shown);
        scatter->setBorderColor(dark ? QColor(0x26, 0x32, 0x38) : QColor(Qt::white));
        return;
    }
    QPen pen(shown, width, Qt::PenStyle(series->property(kStyle).toInt()));
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
}

} // namespace

void paintSet(QBarSet *set, const QColor &light, const QColor &dark, bool darkTheme)
{
    set->setProperty(kColor, light);
    set->setProperty(kColorDark, dark);
    styleSet(set, darkTheme);
}

void paintSeries(QXYSeries *series, const QColor &light, const QColor &dark, bool darkTheme,
                 qreal width, Qt::PenStyle style)
{
    series->setProperty(kColor, light);
    series->setProperty(kColorDark, dark);
    series->setProperty(kWidth, width);
    series->setProperty(kStyle, int(style));
    styleSeries(series, darkTheme, {});
}

void restyle(QChart *chart)
{
    const bool dark = chart->property(kDark).toBool();
    const QString highlight = chart->property(kHighlight).toString();
    const QStringList rowIds = chart->property(kRowIds).toStringList();
    QList<int> others;
    bool found = false;
    for (int i = 0; i < rowIds.size(); ++i) {
        if (rowIds[i] == highlight)
            found = true;
        else
            others << i;
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            const QList<int> wanted = found && !highlight.isEmpty() ? others : QList<int>();
            // The legend's swatch of a bar set: filled with the set's colour. QtCharts draws
            // "from series" bar markers empty, and keeps a stale cut label ("Up to 8…") from
            // before the theme's font was set; setting both again fixes each.
            const QList<QLegendMarker *> markers = chart->legend()->markers(bars);
            for (QLegendMarker *marker : markers) {
                auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
                if (!barMarker || !barMarker->barset())
                    continue;
                const QColor color = themed(barMarker->barset(), dark);
                if (color.isValid()) {
                    barMarker->setShape(QLegend::MarkerShapeRectangle);
                    barMarker->setBrush(color);
                    barMarker->setPen(QPen(color));
                }
            }
            for (QBarSet *set : sets) {
                styleSet(set, dark);
                QList<int> selected = set->selectedBars();
                std::sort(selected.begin(), selected.end());
                if (selected != wanted) { // touching the selection repaints the bars
                    set->deselectAllBars();
                    set->selectBars(wanted);
                }
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            styleSeries(xy, dark, highlight);
        }
    }
}

QValueAxis *valueAxis(const QChart *chart, const char *name)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->objectName() == QLatin1String(name))
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    return nullptr;
}

void addAxis(QChart *chart, QAbstractAxis *axis, const char *name, Qt::Alignment alignment)
{
    axis->setObjectName(QLatin1String(name));
    chart->addAxis(axis, alignment);
}

void setNiceRange(QValueAxis *axis, double max)
{
    if (!axis)
        return;
    if (!std::isfinite(max) || max <= 0)
        max = 1;
    // Round up to 1, 2, 2.5 or 5 × 10^k, with the tick count that divides it evenly.
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    const double f = max / magnitude;
    double top = 10;
    int ticks = 6;
    if (f <= 1.0 + 1e-9) {
        top = 1, ticks = 6;
    } else if (f <= 2.0 + 1e-9) {
        top = 2, ticks = 5;
    } else if (f <= 2.5 + 1e-9) {
        top = 2.5, ticks = 6;
    } else if (f <= 5.0 + 1e-9) {
        top = 5, ticks = 6;
    }
    top *= magnitude;
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

QStringList categoryLabels(const QStringList &names, const QStringList &ids)
{
    constexpr int kMaxLength = 36;
    // Shortened in the middle, so that both ends stay: the component's name starts the label
    // and the resource ("· Read throughput") ends it. The tooltip has the whole name.
    auto shorten = [](const QString &name) {
        if (name.size() <= kMaxLength)
            return name;
        const qsizetype dot = name.lastIndexOf(u" \u00b7 "_s);
        if (dot > 0 && name.size() - dot < kMaxLength - 8)
            return name.left(kMaxLength - (name.size() - dot) - 1) + u'\u2026' + name.mid(dot);
        const qsizetype half = (kMaxLength - 1) / 2;
        return name.left(half) + u'\u2026' + name.right(kMaxLength - 1 - half);
    };
    QStringList labels;
    for (int i = 0; i < names.size(); ++i) {
        QString label = shorten(names[i]);
        if (labels.contains(label))
            label += u" ("_s + ids.value(i) + u')';
        for (int n = 2; labels.contains(label); ++n)
            label = names[i] + u" ("_s + QString::number(n) + u')';
        labels << label;
    }
    return labels;
}

void setCategoriesIfChanged(QBarCategoryAxis *axis, const QStringList &labels)
{
    if (axis && axis->categories() != labels)
        axis->setCategories(labels);
}

bool setBarValue(QBarSet *set, int index, double value)
{
    if (index >= set->count() || set->at(index) == value)
        return false;
    set->replace(index, value);
    return true;
}

void setBarValues(QBarSet *set, const QList<qreal> &values)
{
    // Every replace() makes QtCharts lay out the whole series again: one edit changes a few
    // bars and replaces them one by one; a paste of a thousand rows replaces the set in two
    // calls instead of a thousand.
    int differing = 0;
    const int n = int(std::min<qsizetype>(set->count(), values.size()));
    for (int i = 0; i < n; ++i)
        differing += set->at(i) != values[i];
    if (set->count() == values.size() && differing <= 8) {
        for (int i = 0; i < n; ++i)
            setBarValue(set, i, values[i]);
        return;
    }
    set->remove(0, set->count());
    set->append(values);
}

void showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

QString cellToolTip(const ChartModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::ToolTipRole).toString();
}

} // namespace chartdetail

using namespace chartdetail;

ChartFactory::AxisUnit ChartFactory::axisUnit(Quantity quantity, double maxBaseValue,
                                              UnitSystem units)
{
    const double max = std::isfinite(maxBaseValue) ? std::fabs(maxBaseValue) : 0;
    auto pick = [max](double step, const QStringList &symbols, double base = 1) {
        double scale = base;
        int index = 0;
        while (index + 1 < symbols.size() && max >= scale * step * 0.9995) {
            scale *= step;
            ++index;
        }
        return AxisUnit{scale, symbols[index]};
    };
    // Storage and its rates follow the prefixes chosen in Settings, as the tooltips do;
    // memory is read in binary prefixes, as vendors state it.
    const bool iec = units == UnitSystem::IEC;
    switch (quantity) {
    case Quantity::Bytes:
        if (!iec)
            return pick(1000, {u"B"_s, u"kB"_s, u"MB"_s, u"GB"_s, u"TB"_s, u"PB"_s, u"EB"_s});
        [[fallthrough]];
    case Quantity::MemoryBytes:
        return pick(1024, {u"B"_s, u"KiB"_s, u"MiB"_s, u"GiB"_s, u"TiB"_s, u"PiB"_s, u"EiB"_s});
    case Quantity::BytesPerSecond:
        if (iec)
            return pick(1024,
                        {u"B/s"_s, u"KiB/s"_s, u"MiB/s"_s, u"GiB/s"_s, u"TiB/s"_s, u"PiB/s"_s});
        return pick(1000, {u"B/s"_s, u"kB/s"_s, u"MB/s"_s, u"GB/s"_s, u"TB/s"_s, u"PB/s"_s});
    case Quantity::BitsPerSecond:
        // Networks are quoted in bits: one axis unit of b/s is 1/8 byte per second.
        return pick(1000, {u"b/s"_s, u"kb/s"_s, u"Mb/s"_s, u"Gb/s"_s, u"Tb/s"_s, u"Pb/s"_s}, 0.125);
    case Quantity::Count:
        if (max >= 1e7)
            return {1e6, tr("million")};
        if (max >= 1e4)
            return {1e3, tr("thousand")};
        return {1, {}};
    }
    return {};
}

QChart *ChartFactory::createChart(bool dark)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // values jump; rebuilt bars would re-grow
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dashed reads as dashed
    chart->setMargins(QMargins(4, 4, 4, 4));
    // No grey frame between the view's edge and the chart's background, and nothing that
    // differs between charts placed next to each other in one picture.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setProperty(kScale, 1.0);
    applyTheme(chart, dark);
    return chart;
}

void ChartFactory::applyTheme(QChart *chart, bool dark)
{
    const QVariant current = chart->property(kDark);
    if (current.isValid() && current.toBool() == dark)
        return;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setProperty(kDark, dark);
    chart->setBackgroundRoundness(0); // exported images sit in documents: square corners
    // A flat background (the dark theme's is a gradient per chart), so that small charts
    // side by side and the shared legend read as one picture.
    chart->setBackgroundBrush(dark ? QColor(0x26, 0x28, 0x30) : QColor(Qt::white));
    restyle(chart);
}

bool ChartFactory::isDark(const QChart *chart)
{
    return chart->property(kDark).toBool();
}

void ChartFactory::setHighlight(QChart *chart, const QString &id)
{
    if (chart->property(kHighlight).toString() == id)
        return;
    chart->setProperty(kHighlight, id);
    restyle(chart);
}

double ChartFactory::valueScale(const QChart *chart)
{
    const QVariant scale = chart->property(kScale);
    return scale.isValid() ? scale.toDouble() : 1.0;
}

} // namespace tarmac
