#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tarmac {

/// What people can set once for all projects, kept in QSettings.
struct AppSettings {
    QString language;      ///< "" = system, "en", "de", "fr"
    bool iecUnits = false; ///< bytes in KiB/MiB/GiB instead of kB/MB/GB
    bool showGrid = true;
    bool snapToGrid = false;
    int autosaveSeconds = 60;
    QString theme = QStringLiteral("system"); ///< system, light, dark
    int defaultHorizonMonths = 24;

    static AppSettings load();
    void save() const;
};

/// Applies the theme to the whole application (Fusion with a dark palette for "dark").
void applyTheme(const QString &theme);

/// Settings: language, units, grid and snapping, autosave interval, theme, default horizon.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

private:
    QComboBox *m_language;
    QComboBox *m_units;
    QCheckBox *m_grid;
    QCheckBox *m_snap;
    QSpinBox *m_autosave;
    QComboBox *m_theme;
    QSpinBox *m_horizon;
};

} // namespace tarmac
