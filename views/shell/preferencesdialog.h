#pragma once

#include <QDialog>

class QCheckBox;

namespace bilby {

class Settings;

/**
 * @brief The global preferences: for now the read-only mode for production nodes and for all nodes.
 *
 * Shows the saved values; OK saves them (the registry passes the change on to every node at once).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

private:
    void save();

    Settings *m_settings;
    QCheckBox *m_productionReadOnly;
    QCheckBox *m_allReadOnly;
};

} // namespace bilby
