#include "chartfactory.h"

#include "chartfactoryinternal.h"
#include "chartmodels.h"
#include "model/quantity.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
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
    QStringList labels;
    for (int i = 0; i < names.size(); ++i) {
        QString label =
            names[i].size() > kMaxLength ? names[i].left(kMaxLength - 1) + u'\u2026' : names[i];
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

int ChartFactory::stageColumn(StageMetric metric)
{
    switch (metric) {
    case StageMetric::GpuHours:
        return StageNeedsModel::GpuHoursColumn;
    case StageMetric::Gpus:
        return StageNeedsModel::GpusColumn;
    case StageMetric::Memory:
        return StageNeedsModel::MemoryColumn;
    case StageMetric::Throughput:
        return StageNeedsModel::ThroughputColumn;
    }
    return StageNeedsModel::GpuHoursColumn;
}

QString ChartFactory::stageMetricTitle(StageMetric metric)
{
    switch (metric) {
    case StageMetric::GpuHours:
        return tr("GPU-hours");
    case StageMetric::Gpus:
        return tr("GPUs needed");
    case StageMetric::Memory:
        return tr("Memory");
    case StageMetric::Throughput:
        return tr("Read + write throughput");
    }
    return {};
}

void ChartFactory::updateGrowth(QChart *chart, const GrowthModel &model, const Activate &activate)
{
    static const QColor palette[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E),
                                     QColor(0x2C, 0xA0, 0x2C), QColor(0x94, 0x67, 0xBD),
                                     QColor(0x8C, 0x56, 0x4B), QColor(0xE3, 0x77, 0xC2),
                                     QColor(0x17, 0xBE, 0xCF), QColor(0xBC, 0xBD, 0x22)};
    const int n = model.storageCount();
    const int horizon = std::max(0, model.horizon());
    QStringList shape{u"growth"_s, QString::number(horizon)};
    for (int k = 0; k < n; ++k)
        shape << model.componentId(k);
    const bool dark = isDark(chart);
    chart->setTitle(tr("Storage growth, months 0 to %1").arg(horizon));

    if (rebuildNeeded(chart, shape)) {
        auto *months = new QValueAxis;
        months->setTitleText(tr("Month"));
        months->setLabelFormat(u"%d"_s);
        months->setRange(0, std::max(1, horizon));
        months->setTickType(QValueAxis::TicksDynamic);
        months->setTickAnchor(0);
        months->setTickInterval(horizon <= 12 ? 1 : horizon <= 36 ? 3 : horizon <= 72 ? 6 : 12);
        addAxis(chart, months, kMonthAxis, Qt::AlignBottom);
        auto *bytes = new QValueAxis;
        bytes->setLabelFormat(u"%g"_s);
        addAxis(chart, bytes, kValueAxis, Qt::AlignLeft);

        auto add = [&](QXYSeries *series) {
            chart->addSeries(series);
            series->attachAxis(months);
            series->attachAxis(bytes);
        };
        auto hover = [&model](int column) {
            return [&model, column](const QPointF &point, bool state) {
                showToolTip(state ? cellToolTip(model, int(std::lround(point.x())), column)
                                  : QString());
            };
        };
        for (int pass = 0; pass < 2; ++pass) {
            for (int k = 0; k < n; ++k) {
                auto *line = new QLineSeries;
                line->setProperty(kItemId, model.componentId(k));
                add(line);
                const QColor color = palette[k % std::size(palette)];
                paintSeries(line, color, color, dark, pass == 0 ? 2.5 : 1.5,
                            pass == 0 ? Qt::SolidLine : Qt::DashLine);
                const int column = pass == 0 ? model.usedColumn(k) : model.capacityColumn(k);
                QObject::connect(line, &QXYSeries::hovered, &model, hover(column));
                if (activate) {
                    const QString id = model.componentId(k);
                    QObject::connect(line, &QXYSeries::clicked, &model,
                                     [activate, id] { activate(id); });
                }
            }
        }
        auto *runsOut = new QScatterSeries;
        runsOut->setName(tr("Runs out"));
        runsOut->setMarkerSize(12);
        add(runsOut);
        paintSeries(runsOut, bandColor(2), bandColor(2), dark);
        QObject::connect(
            runsOut, &QXYSeries::hovered, &model, [&model](const QPointF &point, bool state) {
                const int month = int(std::lround(point.x()));
                for (int k = 0; k < model.storageCount() && state; ++k) {
                    if (model.monthsUntilFull(k) == month)
                        return showToolTip(cellToolTip(model, month, model.usedColumn(k)));
                }
                showToolTip({});
            });
        if (activate) {
            QObject::connect(runsOut, &QXYSeries::clicked, &model,
                             [&model, activate](const QPointF &point) {
                                 for (int k = 0; k < model.storageCount(); ++k) {
                                     if (model.monthsUntilFull(k) == int(std::lround(point.x())))
                                         return activate(model.componentId(k));
                                 }
                             });
        }
    }

    // Values: in place, only the series whose points differ.
    double max = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 1; c < model.columnCount(); ++c) {
            const double v = model.value(row, c);
            if (std::isfinite(v))
                max = std::max(max, v);
        }
    }
    const AxisUnit unit = axisUnit(Quantity::Bytes, max, model.units());
    chart->setProperty(kScale, unit.scale);
    QValueAxis *bytes = valueAxis(chart);
    bytes->setTitleText(tr("Stored after protection (%1)").arg(unit.symbol));
    setNiceRange(bytes, max / unit.scale);

    const QList<QAbstractSeries *> series = chart->series();
    QList<QPointF> markers;
    for (int k = 0; k < n; ++k) {
        auto *used = static_cast<QXYSeries *>(series[k]);
        auto *capacity = static_cast<QXYSeries *>(series[n + k]);
        QList<QPointF> points;
        for (int m = 0; m <= horizon && m < model.rowCount(); ++m) {
            const double v = model.value(m, model.usedColumn(k));
            if (std::isfinite(v))
                points << QPointF(m, v / unit.scale);
        }
        if (used->points() != points)
            used->replace(points);
        const double cap = model.value(0, model.capacityColumn(k));
        const QList<QPointF> capPoints =
            std::isfinite(cap)
                ? QList<QPointF>{QPointF(0, cap / unit.scale), QPointF(horizon, cap / unit.scale)}
                : QList<QPointF>{};
        if (capacity->points() != capPoints)
            capacity->replace(capPoints);
        used->setName(model.componentName(k));
        capacity->setName(tr("%1 capacity").arg(model.componentName(k)));
        const QList<QLegendMarker *> legend = chart->legend()->markers(capacity);
        for (QLegendMarker *marker : legend)
            marker->setVisible(!capPoints.isEmpty());
        const int full = model.monthsUntilFull(k);
        if (full >= 0 && full < model.rowCount())
            markers << QPointF(full, model.value(full, model.usedColumn(k)) / unit.scale);
    }
    auto *runsOut = static_cast<QXYSeries *>(series.last());
    if (runsOut->points() != markers)
        runsOut->replace(markers);
    const QList<QLegendMarker *> legend = chart->legend()->markers(runsOut);
    for (QLegendMarker *marker : legend)
        marker->setVisible(!markers.isEmpty());
    restyle(chart);
}

} // namespace tarmac
