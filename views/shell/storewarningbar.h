#pragma once

#include <QFrame>

class QLabel;

namespace bilby {

class MetricStore;
struct SetAsideFile;
struct StoreError;

/**
 * @brief The bar that says the history file cannot be used, and what to do.
 *
 * Hidden while the store works; shown on MetricStore::failed() with the store's own message (which
 * names the file and the remedy) and the reassurance that sampling goes on in memory; hidden again on
 * MetricStore::recovered(). Shown too on MetricStore::fileSetAside(), saying where the damaged file went
 * and that history goes on in a new one. Not modal: the console keeps working under it.
 */
class StoreWarningBar : public QFrame
{
    Q_OBJECT
public:
    explicit StoreWarningBar(MetricStore *store, QWidget *parent = nullptr);
    QString text() const;

private:
    void showError(const StoreError &error);
    void showSetAside(const SetAsideFile &file);

    QLabel *m_label;
};

} // namespace bilby
