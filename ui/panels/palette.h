#pragma once

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;

namespace tarmac {

/// MIME type of a palette drag; the payload is the entry's spec ("stage:training") in UTF-8.
inline constexpr char kPaletteMimeType[] = "application/x-tarmac-palette-item";

/// The palette's tree: entries carry their spec in Qt::UserRole and drag it as
/// kPaletteMimeType. Group rows are neither draggable nor activatable.
class PaletteTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit PaletteTree(QWidget *parent = nullptr);

signals:
    /// Double-click, Enter or Return on an entry.
    void specActivated(const QString &spec);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
};

/// The palette: lifecycle stages, infrastructure components and zones to drag onto the
/// canvas (or add with double-click / Enter), with a filter above.
class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QTreeWidget *tree() const;
    QLineEdit *filterEdit() const { return m_filter; }

    /// Every spec the palette offers, in palette order ("stage:ingestion", …, "zone:rack").
    static QStringList specs();
    /// Human title of a stage, component or zone kind ("Feature engineering"); the kind
    /// itself if it is unknown.
    static QString titleFor(const QString &kind);
    /// The two-vocabulary explanation of a kind (data scientist and VI architect).
    static QString toolTipFor(const QString &kind);

public slots:
    void setFilterText(const QString &text);

signals:
    void addRequested(const QString &spec);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    PaletteTree *m_tree;
};

} // namespace tarmac
