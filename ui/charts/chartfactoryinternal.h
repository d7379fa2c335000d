#pragma once

// Helpers shared by the chart builders' .cpp files (not part of the public API). State the
// builders need across updates lives in dynamic properties of the chart and its series, so
// that a QChart alone (in a view or offscreen) is enough to update it.

#include "chartfactory.h"
#include "chartmodels.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <vector>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalStackedBarSeries;
class QValueAxis;
class QXYSeries;

namespace tarmac::chartdetail {

// Chart properties.
inline constexpr char kShape[] = "tarmacShape";         // QStringList: rows and layout built for
inline constexpr char kScale[] = "tarmacScale";         // double: base units per axis unit
inline constexpr char kDark[] = "tarmacDark";           // bool
inline constexpr char kHighlight[] = "tarmacHighlight"; // QString: emphasised item id
inline constexpr char kRowIds[] = "tarmacRowIds";       // QStringList: item id per bar index
// Series and bar-set properties.
inline constexpr char kColor[] = "tarmacColor";
inline constexpr char kColorDark[] = "tarmacColorDark";
inline constexpr char kWidth[] = "tarmacWidth";
inline constexpr char kStyle[] = "tarmacStyle";
inline constexpr char kItemId[] = "tarmacItemId";

// Axis object names, to find them again on update.
inline constexpr char kValueAxis[] = "valueAxis";
inline constexpr char kCategoryAxis[] = "categoryAxis";
inline constexpr char kIndexAxis[] = "indexAxis";
inline constexpr char kMonthAxis[] = "monthAxis";

/// Utilisation bands: 0 up to 80 %, 1 up to 100 %, 2 above.
int bandOf(double ratio);
QColor bandColor(int band);

/// True (and remembers `shape`) when the chart was built for other rows: then it is cleared
/// of all series and axes and the caller builds them again.
bool rebuildNeeded(QChart *chart, const QStringList &shape);

/// Stores the colours (light and dark theme) on a bar set and applies the current one.
void paintSet(QBarSet *set, const QColor &light, const QColor &dark, bool darkTheme);
/// Same for a line or scatter series, with pen width and style.
void paintSeries(QXYSeries *series, const QColor &light, const QColor &dark, bool darkTheme,
                 qreal width = 2, Qt::PenStyle style = Qt::SolidLine);
/// Applies the stored colours for the chart's theme and the highlight.
void restyle(QChart *chart);

QValueAxis *valueAxis(const QChart *chart, const char *name = kValueAxis);
QBarCategoryAxis *categoryAxis(const QChart *chart);
/// Adds an axis named `name` to the chart at `alignment`.
void addAxis(QChart *chart, QAbstractAxis *axis, const char *name, Qt::Alignment alignment);
/// 0 … a round number above `max`, only touching the axis when the range changes.
void setNiceRange(QValueAxis *axis, double max);
/// Category labels: elided, and unique (a repeated name gets its id) as QBarCategoryAxis
/// silently drops duplicates.
QStringList categoryLabels(const QStringList &names, const QStringList &ids);
void setCategoriesIfChanged(QBarCategoryAxis *axis, const QStringList &labels);
/// Replaces one bar value when it differs; returns whether it did.
bool setBarValue(QBarSet *set, int index, double value);
/// Makes the set hold `values`, touching it as few times as it can (see the definition).
void setBarValues(QBarSet *set, const QList<qreal> &values);

/// Shows `text` as a tooltip at the mouse, or hides it when empty.
void showToolTip(const QString &text);
/// Tooltip text of a model cell.
QString cellToolTip(const ChartModel &model, int row, int column);

// ---- bar charts (chartbars.cpp) ---------------------------------------------------------

/// Bars of one row each in a stacked series: a row's value goes into the set that gives it its
/// colour and the other sets hold 0 there, so every bar shows in exactly one colour.
QHorizontalStackedBarSeries *addStackedBars(QChart *chart, const QStringList &setNames, int rows);
/// Horizontal bars put index 0 at the bottom, and QBarCategoryAxis ignores setReverse(), so rows
/// go in backwards: the first row is the top bar, as in the tables.
int barOf(int row, int rows);
QStringList backwards(QStringList list);
/// A hidden axis over the bar indices (-0.5 … n-0.5), for lines drawn across or on the bars.
QValueAxis *addIndexAxis(QChart *chart, int rows);
/// Hover and click on bar `index` of a chart that draws the model rows `rows` (top bar first).
void connectBarRows(QAbstractBarSeries *series, const ChartModel &model, int tooltipColumn,
                    const ChartActivate &activate, std::vector<int> rows);
/// The same for the rows first … first + rows - 1 (all of the model's by default).
void connectBars(QAbstractBarSeries *series, const ChartModel &model, int tooltipColumn,
                 const ChartActivate &activate, int first = 0, int rows = -1);
/// The rows of first … first + count - 1 (all by default) a bar chart draws: all of them up to
/// `cap`, else the `cap` with the largest finite values in `column` (a bar chart of 2,000 rows
/// shows nobody anything, and Qt Charts lays out every category on every update), in model
/// order.
std::vector<int> largestRows(const ChartModel &model, int column, int cap, int first = 0,
                             int count = -1);
QList<QBarSet *> barSets(const QChart *chart);
void setLegendVisible(QChart *chart, QAbstractSeries *series, bool visible);

} // namespace tarmac::chartdetail
