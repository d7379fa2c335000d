#include "reportpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <algorithm>
#include <cctype>
#include <numeric>

namespace tarmac {
namespace {

struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Report)
};

// Points: the writer runs at 72 dots per inch, so one device unit is one point.
constexpr int kResolution = 72;
constexpr double kMargin = 42.5; // 15 mm
constexpr double kFooter = 18;
constexpr double kCellPad = 3;
constexpr double kParagraphGap = 5;
constexpr double kFigureGap = 10;
constexpr double kHeadingRoom = 40; // a section heading with its rule and gaps
// A cell this short ("30.0 GB/s", "Capacity") is never broken inside: a column is at least
// as wide as such a cell.
constexpr int kUnbreakable = 18;

const QColor kInk(0x1e, 0x1e, 0x1e);
const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kRule(0xc8, 0xcc, 0xd4);
const QColor kHeaderFill(0xee, 0xf1, 0xf5);
const QColor kAccent(0xe6, 0x7e, 0x22);

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures: a reader who searches or copies "All-flash" must not get "All-\uFB02ash"
    // (Qt 6.4 has no font-feature API; without shaping, Latin text is set letter by letter).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Same input, same output: QPdfWriter stamps the time and a random document id. Blank them
// with characters of the same length, so every byte offset in the file stays valid.
QByteArray withoutVolatileFields(QByteArray pdf)
{
    auto blank = [&pdf](const QByteArray &marker, char end) {
        for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
            for (qsizetype i = at + marker.size(); i < pdf.size() && pdf[i] != end; ++i) {
                if (std::isxdigit(static_cast<unsigned char>(pdf[i])))
                    pdf[i] = '0';
            }
        }
    };
    blank("/CreationDate (", ')');
    blank("/ModDate (", ')');
    blank("<xmp:CreateDate>", '<');
    blank("<xmp:ModifyDate>", '<');
    blank("<xmp:MetadataDate>", '<');
    blank("uuid:", '<');
    blank("/ID [", ']');
    return pdf;
}

/// One pass over the content, painting onto `writer`. Run twice: the first pass learns on
/// which page each section starts and how many pages there are, the second prints them in
/// the contents and the footers.
class Layout {
public:
    Layout(QPdfWriter *writer, const QString &title, const QList<int> &sectionPages, int pages)
        : m_writer(writer)
        , m_painter(writer)
        , m_title(title)
        , m_knownPages(sectionPages)
        , m_pageCount(pages)
    {
        const QRectF paper = writer->pageLayout().fullRectPoints();
        m_left = kMargin;
        m_width = paper.width() - 2 * kMargin;
        m_top = kMargin;
        m_bottom = paper.height() - kMargin - kFooter;
        m_y = m_top;
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        footer();
    }

    void run(const QList<ReportSection> &sections)
    {
        titleBlock(sections);
        for (const ReportSection &s : sections) {
            heading(s.title, firstBlockHeight(s));
            m_sectionPages << m_page;
            for (const QString &p : s.paragraphs)
                paragraph(p);
            for (const ReportFigure &f : s.figures)
                figure(f);
            for (const ReportTable &t : s.tables)
                table(t);
        }
        m_painter.end();
    }

    QList<int> sectionPages() const { return m_sectionPages; }
    /// The second pass, which knows the page count (the first only measures).
    bool printing() const { return m_pageCount > 0; }
    int pages() const { return m_page; }

private:
    // --- measuring ---------------------------------------------------------------------
    double textHeight(const QString &text, const QFont &f, double width)
    {
        const QFontMetricsF metrics(f, m_writer);
        return metrics
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }
    double lineWidth(const QString &text, const QFont &f)
    {
        return QFontMetricsF(f, m_writer).horizontalAdvance(text);
    }

    double figureScale(const ReportFigure &f, double captionHeight) const
    {
        if (f.size.isEmpty())
            return 1;
        // Room for a heading above it: a section may open with its tallest figure.
        return std::min(
            {1.0, m_width / f.size.width(),
             (m_bottom - m_top - kHeadingRoom - captionHeight - kFigureGap) / f.size.height()});
    }

    // The height the first block of a section needs on the page where its heading is: a
    // heading is never left alone at the bottom of a page.
    double firstBlockHeight(const ReportSection &s)
    {
        if (!s.paragraphs.isEmpty())
            return std::min(textHeight(s.paragraphs.first(), font(9), m_width),
                            3 * QFontMetricsF(font(9), m_writer).lineSpacing());
        if (!s.figures.isEmpty()) {
            const ReportFigure &f = s.figures.first();
            const double caption = textHeight(f.caption, font(8.5, false, true), m_width);
            return f.size.height() * figureScale(f, caption) + caption + kFigureGap;
        }
        if (!s.tables.isEmpty())
            return 3 * (QFontMetricsF(font(8), m_writer).lineSpacing() + 2 * kCellPad);
        return 0;
    }

    // --- pages -------------------------------------------------------------------------
    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > m_top)
            newPage();
    }

    void newPage()
    {
        m_writer->newPage();
        ++m_page;
        m_y = m_top;
        footer();
    }

    void footer()
    {
        m_painter.setFont(font(7.5));
        m_painter.setPen(kMuted);
        const QRectF band(m_left, m_bottom + 6, m_width, kFooter - 6);
        const QString number = m_pageCount > 0
                                   ? PdfText::tr("page %1 of %2").arg(m_page).arg(m_pageCount)
                                   : PdfText::tr("page %1").arg(m_page);
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, number);
        const QString name = QFontMetricsF(m_painter.font(), m_writer)
                                 .elidedText(m_title, Qt::ElideRight, m_width * 0.7);
        m_painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, name);
    }

    // --- blocks ------------------------------------------------------------------------
    /// Draws `text` wrapped to the column at the current position; returns its height (the
    /// caller decides the gap after it).
    double wrapped(const QString &text, const QFont &f, const QColor &pen, double height = -1)
    {
        const double h = height >= 0 ? height : textHeight(text, f, m_width);
        m_painter.setFont(f);
        m_painter.setPen(pen);
        m_painter.drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap | Qt::TextDontClip,
                           text);
        return h;
    }

    void titleBlock(const QList<ReportSection> &sections)
    {
        m_y += wrapped(m_title, font(18, true), kInk) + 4;
        m_painter.fillRect(QRectF(m_left, m_y, m_width, 2.2), kAccent);
        m_y += 14;
        // Contents: one line per section with its page, dots between.
        const QFont entry = font(9.5);
        const QFontMetricsF metrics(entry, m_writer);
        m_painter.setFont(font(11, true));
        m_painter.drawText(QPointF(m_left, m_y + 11), PdfText::tr("Contents"));
        m_y += 20;
        m_painter.setFont(entry);
        for (int i = 0; i < sections.size(); ++i) {
            const QString page =
                i < m_knownPages.size() ? QString::number(m_knownPages[i]) : QStringLiteral("0");
            const QString text = QStringLiteral("%1  %2").arg(i + 1).arg(sections[i].title);
            const double baseline = m_y + metrics.ascent();
            m_painter.drawText(QPointF(m_left + 6, baseline), text);
            const double pageWidth = metrics.horizontalAdvance(page);
            m_painter.drawText(QPointF(m_left + m_width - pageWidth, baseline), page);
            const double from = m_left + 6 + metrics.horizontalAdvance(text) + 6;
            const double to = m_left + m_width - pageWidth - 6;
            const double dot = metrics.horizontalAdvance(QStringLiteral(". "));
            QString dots;
            for (double x = from; x + dot < to; x += dot)
                dots += QStringLiteral(". ");
            m_painter.setPen(kMuted);
            m_painter.drawText(QPointF(to - metrics.horizontalAdvance(dots), baseline), dots);
            m_painter.setPen(kInk);
            m_y += metrics.lineSpacing() + 2;
        }
        m_y += 12;
    }

    void heading(const QString &text, double keepWith)
    {
        const QFont f = font(13, true);
        const double h = textHeight(text, f, m_width);
        ensure(10 + h + 6 + std::min(keepWith, m_bottom - m_top - h - 16));
        if (m_y > m_top)
            m_y += 10;
        m_y += wrapped(text, f, kInk, h) + 2;
        m_painter.fillRect(QRectF(m_left, m_y, m_width, 0.6), kRule);
        m_y += 6;
    }

    void paragraph(const QString &text)
    {
        const QFont f = font(9);
        const double h = textHeight(text, f, m_width);
        ensure(h);
        m_y += wrapped(text, f, kInk, h) + kParagraphGap;
    }

    void figure(const ReportFigure &f)
    {
        const QFont captionFont = font(8.5, false, true);
        if (f.svg.isEmpty()) {
            paragraph(PdfText::tr("Not drawn: %1").arg(f.error));
            return;
        }
        const double caption = textHeight(f.caption, captionFont, m_width);
        const QSizeF drawn = f.size * figureScale(f, caption);
        ensure(drawn.height() + caption + kFigureGap);
        // The measuring pass only needs the size; the printing pass paints. Vector:
        // QSvgRenderer paints paths, and its text as outlines (Qt SVG draws glyphs as paths):
        // sharp at any zoom, though not searchable; the tables carry every name.
        if (printing())
            QSvgRenderer(f.svg).render(
                &m_painter, QRectF(QPointF(m_left + (m_width - drawn.width()) / 2, m_y), drawn));
        m_y += drawn.height() + 3;
        m_y += wrapped(f.caption, captionFont, kMuted, caption) + kFigureGap;
    }

    std::vector<double> columnWidths(const ReportTable &t, const QFont &body, const QFont &head)
    {
        const size_t n = size_t(t.headers.size());
        std::vector<double> natural(n, 0), minimum(n, 0);
        auto consider = [&](size_t c, const QString &text, const QFont &f) {
            natural[c] = std::max(natural[c], lineWidth(text, f) + 2 * kCellPad + 1);
            double least = 0;
            if (text.size() <= kUnbreakable) {
                least = lineWidth(text, f);
            } else {
                for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                    least = std::max(least, lineWidth(word, f));
            }
            minimum[c] = std::max(minimum[c], least + 2 * kCellPad + 1);
        };
        for (size_t c = 0; c < n; ++c)
            consider(c, t.headers[qsizetype(c)], head);
        for (const QStringList &row : t.rows) {
            for (size_t c = 0; c < n && c < size_t(row.size()); ++c)
                consider(c, row[qsizetype(c)], body);
        }
        const double wanted = std::accumulate(natural.begin(), natural.end(), 0.0);
        std::vector<double> widths(n);
        if (wanted <= m_width) {
            // Everything fits on one line: spread the spare room like a 100 % wide table.
            for (size_t c = 0; c < n; ++c)
                widths[c] = natural[c] * m_width / wanted;
            return widths;
        }
        const double least = std::accumulate(minimum.begin(), minimum.end(), 0.0);
        if (least >= m_width) {
            for (size_t c = 0; c < n; ++c)
                widths[c] = minimum[c] * m_width / least;
            return widths;
        }
        // Each column its minimum, the rest shared by how much more each would like.
        const double spare = m_width - least, more = wanted - least;
        for (size_t c = 0; c < n; ++c)
            widths[c] = minimum[c] + spare * (natural[c] - minimum[c]) / more;
        return widths;
    }

    double rowHeight(const QStringList &cells, const std::vector<double> &widths, const QFont &f)
    {
        double h = QFontMetricsF(f, m_writer).lineSpacing();
        for (size_t c = 0; c < widths.size() && c < size_t(cells.size()); ++c)
            h = std::max(h, textHeight(cells[qsizetype(c)], f, widths[c] - 2 * kCellPad));
        return h + 2 * kCellPad;
    }

    void drawRow(const QStringList &cells, const std::vector<double> &widths, double h,
                 const QFont &f, bool header)
    {
        double x = m_left;
        m_painter.setFont(f);
        for (size_t c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, m_y, widths[c], h);
            if (header)
                m_painter.fillRect(cell, kHeaderFill);
            m_painter.setPen(QPen(kRule, 0.5));
            m_painter.drawRect(cell);
            m_painter.setPen(kInk);
            if (c < size_t(cells.size()))
                m_painter.drawText(cell.adjusted(kCellPad, kCellPad, -kCellPad, -kCellPad),
                                   Qt::TextWordWrap | Qt::TextDontClip | Qt::AlignLeft |
                                       Qt::AlignTop,
                                   cells[qsizetype(c)]);
            x += widths[c];
        }
        m_y += h;
    }

    void table(const ReportTable &t)
    {
        if (!t.lead.isEmpty())
            paragraph(t.lead);
        if (t.rows.isEmpty()) {
            paragraph(PdfText::tr("None."));
            return;
        }
        if (t.headers.isEmpty())
            return;
        const QFont body = font(8), head = font(8, true);
        const std::vector<double> widths = columnWidths(t, body, head);
        const double headerHeight = rowHeight(t.headers, widths, head);
        const double first = t.rows.isEmpty() ? 0 : rowHeight(t.rows.first(), widths, body);
        ensure(headerHeight + first); // a header row never ends a page
        drawRow(t.headers, widths, headerHeight, head, true);
        QStringList group; // the last names in the first two columns, for continued groups
        for (const QStringList &original : t.rows) {
            QStringList row = original;
            double h = rowHeight(row, widths, body);
            if (m_y + h > m_bottom) {
                newPage();
                drawRow(t.headers, widths, headerHeight, head, true);
                // A group that runs onto the next page is named again there.
                for (int c = 0; c < 2 && c < row.size() && c < group.size(); ++c) {
                    if (row[c].isEmpty() && !group[c].isEmpty())
                        row[c] = c == 0 ? PdfText::tr("%1 (continued)").arg(group[c]) : group[c];
                }
                h = rowHeight(row, widths, body);
            }
            for (int c = 0; c < 2 && c < original.size(); ++c) {
                if (group.size() <= c)
                    group << QString();
                if (!original[c].isEmpty())
                    group[c] = original[c];
            }
            drawRow(row, widths, h, body, false);
        }
        m_y += 8;
    }

    QPdfWriter *m_writer;
    QPainter m_painter;
    QString m_title;
    QList<int> m_knownPages, m_sectionPages;
    int m_pageCount = 0, m_page = 1;
    double m_left = 0, m_width = 0, m_top = 0, m_bottom = 0, m_y = 0;
};

QByteArray onePass(const QString &title, const QList<ReportSection> &sections,
                   const QList<int> &sectionPages, int pages, QList<int> *foundPages,
                   int *foundCount)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tarmac"));
        Layout layout(&writer, title, sectionPages, pages);
        layout.run(sections);
        *foundPages = layout.sectionPages();
        *foundCount = layout.pages();
    }
    buffer.close();
    return buffer.data();
}

} // namespace

QByteArray renderReportPdf(const QString &title, const QList<ReportSection> &sections)
{
    QList<int> pages;
    int count = 0;
    onePass(title, sections, {}, 0, &pages, &count);
    QList<int> again;
    int total = 0;
    const QByteArray pdf = onePass(title, sections, pages, count, &again, &total);
    return withoutVolatileFields(pdf);
}

} // namespace tarmac
