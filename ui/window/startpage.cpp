#include "startpage.h"

#include "diagram/diagram.h"
#include "engine/engine.h"
#include "storage/projectformat.h"
#include "storage/templates.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace tarmac {
namespace {

constexpr QSize kThumbnail(220, 136);
// Room under each thumbnail for a title of up to three lines: titles are not cut short.
constexpr QSize kGrid = kThumbnail + QSize(44, 64);
// A recent project larger than this gets no thumbnail: reading and drawing it would hold up
// the start page (its name and folder are enough to find it).
constexpr qint64 kMaxThumbnailFile = 4 * 1024 * 1024;
enum Role { KindRole = Qt::UserRole, KeyRole };

QIcon thumbnail(const Project &project)
{
    QImage card(kThumbnail, QImage::Format_ARGB32_Premultiplied);
    card.fill(QColor(0xf3, 0xf4, 0xf6));
    QPainter painter(&card);
    painter.setPen(QColor(0xc8, 0xcc, 0xd4));
    painter.drawRect(card.rect().adjusted(0, 0, -1, -1));
    if (!project.stages.empty() || !project.components.empty()) {
        DiagramOptions options;
        options.view = DiagramView::Mapping;
        options.format = DiagramFormat::Png;
        options.dpi = 24;
        const DiagramResult d = renderDiagram(project, computeRequirements(project), options);
        QImage drawing;
        if (d.ok() && drawing.loadFromData(d.data, "PNG")) {
            const QImage scaled = drawing.scaled(kThumbnail - QSize(16, 16), Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
            painter.drawImage((card.width() - scaled.width()) / 2,
                              (card.height() - scaled.height()) / 2, scaled);
        }
    } else {
        painter.setPen(QColor(0x8a, 0x93, 0xa0));
        QFont font = painter.font();
        font.setPointSizeF(28);
        painter.setFont(font);
        painter.drawText(card.rect(), Qt::AlignCenter, QStringLiteral("+"));
    }
    painter.end();
    return QIcon(QPixmap::fromImage(card));
}

QListWidget *makeList(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setViewMode(QListView::IconMode);
    list->setIconSize(kThumbnail);
    list->setGridSize(kGrid);
    list->setResizeMode(QListView::Adjust);
    list->setMovement(QListView::Static);
    list->setWordWrap(true);
    list->setUniformItemSizes(false); // each title wraps to its own height, none is cut
    list->setFrameShape(QFrame::NoFrame);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_templates(makeList(this, QStringLiteral("startTemplates"), tr("Start from")))
    , m_recent(makeList(this, QStringLiteral("startRecent"), tr("Recent projects")))
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto heading = [this, layout](const QString &text, QListWidget *buddy) {
        auto *label = new QLabel(text, this);
        if (buddy == m_recent)
            m_recentHeading = label;
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(buddy);
        layout->addWidget(label);
        // The templates take the room; the recent projects one row of it.
        layout->addWidget(buddy, buddy == m_recent ? 0 : 1);
    };
    // The tour first: a newcomer's way in, reached with one Tab or Alt+T.
    auto *top = new QHBoxLayout;
    auto *welcome = new QLabel(tr("Welcome to Tarmac: where ML work meets the infrastructure it "
                                  "runs on."),
                               this);
    welcome->setWordWrap(true);
    m_tour = new QPushButton(tr("Take the &tour"), this);
    m_tour->setObjectName(QStringLiteral("startTour"));
    m_tour->setToolTip(tr("A short guided walk over the example: nine steps, skippable"));
    connect(m_tour, &QPushButton::clicked, this, &StartPage::tourRequested);
    top->addWidget(welcome, 1);
    top->addWidget(m_tour);
    layout->addLayout(top);
    heading(tr("&Start from"), m_templates);
    heading(tr("&Recent projects"), m_recent);
    m_recent->setMaximumHeight(kGrid.height() + 8); // may shrink: a window fits a projector
    for (QListWidget *list : {m_templates, m_recent})
        connect(list, &QListWidget::itemActivated, this, &StartPage::activated);
}

void StartPage::refresh(const QStringList &recentFiles)
{
    // The templates' thumbnails on the first showing, not with every window: a window opened
    // on a file never pays for drawing them.
    if (m_templates->count() == 0) {
        for (const TemplateInfo &t : bundledTemplates()) {
            QString error;
            const Project project = loadTemplate(t.name, &error);
            auto *item = new QListWidgetItem(thumbnail(project), t.title, m_templates);
            item->setData(KindRole, QStringLiteral("template"));
            item->setData(KeyRole, t.name);
            item->setToolTip(project.description.isEmpty() ? t.title : project.description);
        }
        m_templates->setCurrentRow(0);
    }
    m_recent->clear();
    for (const QString &path : recentFiles) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue; // moved or deleted since: not offered
        QIcon icon;
        if (info.size() <= kMaxThumbnailFile) {
            const ReadResult read = readProjectFile(path);
            if (!read.ok())
                continue; // no longer a project Tarmac reads
            icon = thumbnail(read.project);
        } else {
            icon = thumbnail(Project());
        }
        auto *item = new QListWidgetItem(icon, info.fileName(), m_recent);
        item->setData(KindRole, QStringLiteral("file"));
        item->setData(KeyRole, info.absoluteFilePath());
        item->setToolTip(info.absoluteFilePath());
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentHeading->setVisible(m_recent->count() > 0);
    m_recent->setCurrentRow(0);
    m_templates->setFocus(Qt::OtherFocusReason);
}

void StartPage::activated(QListWidgetItem *item)
{
    const QString key = item->data(KeyRole).toString();
    if (item->data(KindRole).toString() == u"template")
        emit templateRequested(key);
    else
        emit fileRequested(key);
}

} // namespace tarmac
