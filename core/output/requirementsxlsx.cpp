// The requirements as a workbook people sort and filter: libxlsxwriter writes it into a
// temporary folder, and the bytes go to their place through the atomic writer, so a full disk
// or a failed write never leaves half a workbook.

#include "requirementsxlsx.h"

#include "engine/findingformat.h"
#include "engine/resultoutput.h"
#include "model/kindregistry.h"
#include "storage/safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

struct XlsxText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Xlsx)
};

/// The unit of a value in base units, for the unit column.
QString baseUnit(const QString &key, Dimension dimension)
{
    if (key.endsWith(u"Hours") || key.endsWith(u"HoursPerDay"))
        return key.endsWith(u"PerDay") ? u"h/day"_s : u"h"_s;
    return baseUnitSymbol(dimension);
}

Dimension resourceDimension(Resource r)
{
    switch (r) {
    case Resource::MemoryBytes:
    case Resource::CapacityBytes:
    case Resource::GpuMemoryBytes:
        return Dimension::Bytes;
    case Resource::NetworkBytesPerSecond:
    case Resource::ReadBytesPerSecond:
    case Resource::WriteBytesPerSecond:
        return Dimension::BytesPerSecond;
    case Resource::OpsPerSecond:
        return Dimension::PerSecond;
    case Resource::Gpus:
    case Resource::CpuCores:
        break;
    }
    return Dimension::Count;
}

QString nameOf(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

/// One sheet: a bold, frozen header row with a filter, then rows of text and numbers.
class Sheet {
public:
    Sheet(lxw_workbook *book, lxw_format *header, const QString &name, const QStringList &columns)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData()))
        , m_columns(int(columns.size()))
    {
        for (int c = 0; c < m_columns; ++c) {
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), columns[c].toUtf8().constData(),
                                   header);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 32 : 18, nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }
    void text(int column, const QString &value)
    {
        if (!value.isEmpty())
            worksheet_write_string(m_sheet, m_row, lxw_col_t(column),
                                   value.left(32767).toUtf8().constData(), nullptr);
    }
    void number(int column, double value, lxw_format *format = nullptr)
    {
        if (std::isfinite(value))
            worksheet_write_number(m_sheet, m_row, lxw_col_t(column), value, format);
    }
    void next() { ++m_row; }
    ~Sheet()
    {
        if (m_row > 1)
            worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns - 1));
    }

private:
    lxw_worksheet *m_sheet;
    int m_columns;
    lxw_row_t m_row = 1;
};

} // namespace

QString writeRequirementsXlsx(const Project &project, const EngineResult &result, UnitSystem units,
                              const QString &path)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return XlsxText::tr("cannot create a temporary folder for the workbook");
    const QString temporary = scratch.filePath(u"requirements.xlsx"_s);
    lxw_workbook_options options{};
    const QByteArray tmpdir = scratch.path().toLocal8Bit();
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    options.constant_memory = LXW_TRUE; // rows are written in order: memory stays flat
    lxw_workbook *book = workbook_new_opt(temporary.toLocal8Bit().constData(), &options);
    if (!book)
        return XlsxText::tr("cannot start the workbook");
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8ECF1);
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");

    {
        Sheet stages(book, header, XlsxText::tr("Stages"),
                     {XlsxText::tr("Stage"), XlsxText::tr("Kind"), XlsxText::tr("Requirement"),
                      XlsxText::tr("Value"), XlsxText::tr("Unit"), XlsxText::tr("Key"),
                      XlsxText::tr("Stage id")});
        for (size_t i = 0; i < project.stages.size(); ++i) {
            const Stage &s = project.stages[i];
            for (const Requirement &r : result.stages[i].requirements) {
                if (!std::isfinite(r.value))
                    continue;
                const QString key = QString::fromLatin1(r.key);
                stages.text(0, nameOf(s.name, s.id));
                stages.text(1, KindRegistry::displayName(s.kind));
                stages.text(2, requirementLabel(key));
                stages.number(3, r.value);
                stages.text(4, baseUnit(key, requirementDimension(r.key)));
                stages.text(5, key);
                stages.text(6, s.id);
                stages.next();
            }
        }
    }
    {
        Sheet components(book, header, XlsxText::tr("Components"),
                         {XlsxText::tr("Component"), XlsxText::tr("Kind"), XlsxText::tr("Resource"),
                          XlsxText::tr("Capacity"), XlsxText::tr("Demand"),
                          XlsxText::tr("Utilisation"), XlsxText::tr("Unit"), XlsxText::tr("Key"),
                          XlsxText::tr("Component id")});
        for (size_t i = 0; i < project.components.size(); ++i) {
            const Component &c = project.components[i];
            const ComponentResult &cr = result.components[i];
            for (int r = 0; r < kResourceCount; ++r) {
                const double capacity = cr.capacity[size_t(r)];
                const double demand = cr.demand[size_t(r)];
                if (!std::isfinite(capacity) && !(demand > 0))
                    continue;
                const QString key = QString::fromLatin1(resourceKey(Resource(r)));
                components.text(0, nameOf(c.name, c.id));
                components.text(1, KindRegistry::displayName(c.kind));
                components.text(2, requirementLabel(key));
                components.number(3, capacity);
                components.number(4, demand);
                components.number(5, cr.utilization(Resource(r)), percent);
                components.text(6, baseUnit(key, resourceDimension(Resource(r))));
                components.text(7, key);
                components.text(8, c.id);
                components.next();
            }
        }
    }
    {
        Sheet flows(book, header, XlsxText::tr("Flows"),
                    {XlsxText::tr("Flow"), XlsxText::tr("From"), XlsxText::tr("To"),
                     XlsxText::tr("Dataset"), XlsxText::tr("Stored (all versions)"),
                     XlsxText::tr("Unit"), XlsxText::tr("Rate"), XlsxText::tr("Unit")});
        const IdIndex index(project);
        auto stageName = [&](const QString &id) {
            const Stage *s = stageAt(project, index, id);
            return s ? nameOf(s->name, s->id) : id;
        };
        for (size_t i = 0; i < project.flows.size(); ++i) {
            const Flow &f = project.flows[i];
            flows.text(0, f.id);
            flows.text(1, stageName(f.from));
            flows.text(2, stageName(f.to));
            flows.text(3, f.params.value(u"dataset"_s).text);
            flows.number(4, result.flows[i].logicalBytes);
            flows.text(5, u"B"_s);
            flows.number(6, result.flows[i].bytesPerSecond);
            flows.text(7, u"B/s"_s);
            flows.next();
        }
    }
    {
        Sheet findings(book, header, XlsxText::tr("Findings"),
                       {XlsxText::tr("Severity"), XlsxText::tr("Code"), XlsxText::tr("Finding"),
                        XlsxText::tr("Hint"), XlsxText::tr("Stage id"),
                        XlsxText::tr("Component id"), XlsxText::tr("Flow id")});
        const FindingFormatter words(project, units);
        for (const Finding &f : result.findings) {
            findings.text(0, f.severity == Severity::Error     ? XlsxText::tr("error")
                             : f.severity == Severity::Warning ? XlsxText::tr("warning")
                                                               : XlsxText::tr("info"));
            findings.text(1, f.code);
            findings.text(2, words.message(f));
            findings.text(3, words.hint(f));
            findings.text(4, f.stage);
            findings.text(5, f.component);
            findings.text(6, f.flow);
            findings.next();
        }
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR)
        return XlsxText::tr("the workbook could not be written: %1")
            .arg(QString::fromUtf8(lxw_strerror(closed)));
    QFile written(temporary);
    if (!written.open(QIODevice::ReadOnly))
        return XlsxText::tr("the workbook could not be read back");
    return writeFileAtomically(path, written.readAll());
}

} // namespace tarmac
