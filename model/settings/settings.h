#pragma once

#include "alarms/alarmcatalog.h"
#include "alarms/alarmsilence.h"
#include "settings/readonlypolicy.h"
#include "store/metricstore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace bilby {

/**
 * @brief The one place that reads and writes Bilby's persistent settings.
 *
 * Typed accessors over QSettings (organization "Bilby", application "Bilby"), so key strings live here
 * only; every setter emits a change signal. Window state is kept as opaque QByteArrays so this library
 * stays free of widgets: the window calls saveGeometry()/saveState() itself and hands the bytes over.
 */
class Settings : public QObject
{
    Q_OBJECT
public:
    /// A node the user manages. The cookie itself lives in the CookieVault under @c cookieKey.
    struct NodeEntry
    {
        QString name;      ///< alive@host
        QString cookieKey; ///< the vault key holding this node's cookie
        NodeMarks marks;   ///< production, read-only override (keys absent in older files: the defaults)
        bool operator==(const NodeEntry &o) const
        {
            return name == o.name && cookieKey == o.cookieKey && marks == o.marks;
        }
    };

    /// A window's geometry and dock/toolbar state, as QWidget::saveGeometry()/QMainWindow::saveState() give them.
    struct WindowState
    {
        QByteArray geometry;
        QByteArray state;
    };

    /// The user's settings, in the platform's native store.
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in the ini file @p iniPath (tests, demos, `--settings-dir`).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    /// The ini file used for a settings directory given on the command line.
    static QString iniPathIn(const QString &directory);
    /// Where the settings are stored (a file name, or a registry path on Windows).
    QString location() const;

    QList<NodeEntry> nodes() const;
    void setNodes(const QList<NodeEntry> &nodes);

    void saveWindow(const QString &window, const WindowState &state);
    WindowState restoreWindow(const QString &window) const;
    void saveSplitter(const QString &splitter, const QByteArray &state);
    QByteArray splitterState(const QString &splitter) const;

    /// The history file: the key "history/file", else history.sqlite beside an ini file given on the
    /// command line, else MetricStore::defaultPath().
    QString historyPath() const;
    /// Retentions and the history step, from "history/keepRaw", "history/keepHistory",
    /// "history/keepRollups" and "history/step" (durations such as "6h", "30d", "2y"); defaults otherwise.
    StoreOptions storeOptions() const;
    void setStoreOptions(const StoreOptions &options);

    /// Alarm thresholds, windows and switches: keys alarms/<id>/{threshold,window,enabled} for every
    /// node and alarms/nodes/<node>/<id>/... for one node; absent keys inherit the catalog's defaults.
    AlarmConfig alarmConfig() const;
    void setAlarmConfig(const AlarmConfig &config);

    /// Whether each system monitor event is recorded in the timeline (key "events/sysmonDetails"; off by
    /// default: the counters are always there).
    bool sysmonDetails() const;
    void setSysmonDetails(bool on);

    /// The alarm silences in force (key "alarms/silences", a JSON list); expired ones are dropped on reading.
    QVector<AlarmSilence> silences() const;
    void setSilences(const QVector<AlarmSilence> &silences);

    /// The global read-only preference: keys "readOnly/productionNodes" (default on) and
    /// "readOnly/allNodes" (default off). Each node's own override is kept with the node (see nodes()).
    ReadOnlyPolicy readOnlyPolicy() const;
    void setReadOnlyPolicy(const ReadOnlyPolicy &policy);

    /// Writes pending changes to permanent storage now (QSettings also does it on its own).
    void sync();

signals:
    void nodesChanged();
    void readOnlyPolicyChanged();
    void windowStateChanged(const QString &window);
    void splitterStateChanged(const QString &splitter);

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_iniFile = false;
};

} // namespace bilby
