#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

namespace tarmac {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.language = s.value(QStringLiteral("language")).toString();
    a.iecUnits = s.value(QStringLiteral("units")).toString() == u"iec";
    a.showGrid = s.value(QStringLiteral("canvas/showGrid"), true).toBool();
    a.snapToGrid = s.value(QStringLiteral("canvas/snapToGrid"), false).toBool();
    a.autosaveSeconds = std::clamp(s.value(QStringLiteral("autosaveSeconds"), 60).toInt(), 5, 3600);
    a.theme = s.value(QStringLiteral("theme"), QStringLiteral("system")).toString();
    a.defaultHorizonMonths =
        std::clamp(s.value(QStringLiteral("defaultHorizonMonths"), 24).toInt(), 1, 600);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("units"), iecUnits ? QStringLiteral("iec") : QStringLiteral("si"));
    s.setValue(QStringLiteral("canvas/showGrid"), showGrid);
    s.setValue(QStringLiteral("canvas/snapToGrid"), snapToGrid);
    s.setValue(QStringLiteral("autosaveSeconds"), autosaveSeconds);
    s.setValue(QStringLiteral("theme"), theme);
    s.setValue(QStringLiteral("defaultHorizonMonths"), defaultHorizonMonths);
}

void applyTheme(const QString &theme)
{
    static const QPalette systemPalette = QApplication::palette();
    if (theme == u"dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        const QColor window(0x2B, 0x2D, 0x31), base(0x1F, 0x21, 0x25), text(0xE8, 0xE8, 0xE8);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::red);
        p.setColor(QPalette::Highlight, QColor(0x3D, 0x8E, 0xE6));
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    } else if (theme == u"light") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(systemPalette);
    }
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_units(new QComboBox)
    , m_grid(new QCheckBox(tr("Show the grid")))
    , m_snap(new QCheckBox(tr("Snap items to the grid")))
    , m_autosave(new QSpinBox)
    , m_theme(new QComboBox)
    , m_horizon(new QSpinBox)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));
    m_units->setObjectName(QStringLiteral("settingsUnits"));
    m_units->addItem(tr("SI (kB, MB, GB)"), false);
    m_units->addItem(tr("IEC (KiB, MiB, GiB)"), true);
    m_grid->setObjectName(QStringLiteral("settingsGrid"));
    m_snap->setObjectName(QStringLiteral("settingsSnap"));
    m_autosave->setObjectName(QStringLiteral("settingsAutosave"));
    m_autosave->setRange(5, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_horizon->setObjectName(QStringLiteral("settingsHorizon"));
    m_horizon->setRange(1, 600);
    m_horizon->setSuffix(tr(" months"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("Canvas:"), m_grid);
    form->addRow(QString(), m_snap);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Default &horizon:"), m_horizon);
    auto *note = new QLabel(tr("A new language takes effect when Tarmac starts again."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setSettings(AppSettings::load());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings a;
    a.language = m_language->currentData().toString();
    a.iecUnits = m_units->currentData().toBool();
    a.showGrid = m_grid->isChecked();
    a.snapToGrid = m_snap->isChecked();
    a.autosaveSeconds = m_autosave->value();
    a.theme = m_theme->currentData().toString();
    a.defaultHorizonMonths = m_horizon->value();
    return a;
}

void SettingsDialog::setSettings(const AppSettings &a)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(a.language)));
    m_units->setCurrentIndex(a.iecUnits ? 1 : 0);
    m_grid->setChecked(a.showGrid);
    m_snap->setChecked(a.snapToGrid);
    m_autosave->setValue(a.autosaveSeconds);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(a.theme)));
    m_horizon->setValue(a.defaultHorizonMonths);
}

} // namespace tarmac
