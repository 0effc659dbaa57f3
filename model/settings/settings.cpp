#include "settings/settings.h"

#include "store/timespec.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace bilby {

namespace {

// Key names in one place; bump the group name if a format ever changes incompatibly.
const QLatin1String NodesArray("nodes");
const QLatin1String NodeNameKey("name");
const QLatin1String CookieKeyKey("cookieKey");
const QLatin1String ProductionKey("production");
const QLatin1String ReadOnlyKey("readOnly"); // "on" or "off"; absent (or unreadable): inherit
const QLatin1String LogLevelKey("logLevel"); // absent (or unknown): warning
const QLatin1String ReadOnlyProductionKey("readOnly/productionNodes");
const QLatin1String ReadOnlyAllKey("readOnly/allNodes");

ReadOnlyOverride readOnlyOverride(const QString &text)
{
    // "true"/"false" too: what a hand-edited file would most likely say.
    if (text == QLatin1String("on") || text == QLatin1String("true"))
        return ReadOnlyOverride::On;
    if (text == QLatin1String("off") || text == QLatin1String("false"))
        return ReadOnlyOverride::Off;
    return ReadOnlyOverride::Inherit;
}

QString windowKey(const QString &window, const char *what)
{
    return QStringLiteral("windows/") + window + QLatin1Char('/') + QLatin1String(what);
}

QString splitterKey(const QString &splitter)
{
    return QStringLiteral("splitters/") + splitter;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("Bilby"), QStringLiteral("Bilby")))
{}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_iniFile(true)
{}

Settings::~Settings() = default;

QString Settings::iniPathIn(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("bilby.ini"));
}

QString Settings::historyPath() const
{
    QString configured = m_settings->value(QStringLiteral("history/file")).toString();
    if (!configured.isEmpty())
        return configured;
    if (m_iniFile)
        return QFileInfo(m_settings->fileName()).dir().filePath(QStringLiteral("history.sqlite"));
    return MetricStore::defaultPath();
}

StoreOptions Settings::storeOptions() const
{
    StoreOptions options;
    const auto read = [this](const char *key, qint64 fallback) {
        const auto value = parseDuration(m_settings->value(QLatin1String(key)).toString());
        return value && *value > 0 ? *value : fallback;
    };
    options.rawRetentionMs = read("history/keepRaw", options.rawRetentionMs);
    options.historyRetentionMs = read("history/keepHistory", options.historyRetentionMs);
    options.rollupRetentionMs = read("history/keepRollups", options.rollupRetentionMs);
    options.historyStepMs = read("history/step", options.historyStepMs);
    return options;
}

void Settings::setStoreOptions(const StoreOptions &options)
{
    m_settings->setValue(QStringLiteral("history/keepRaw"), formatDuration(options.rawRetentionMs));
    m_settings->setValue(QStringLiteral("history/keepHistory"), formatDuration(options.historyRetentionMs));
    m_settings->setValue(QStringLiteral("history/keepRollups"), formatDuration(options.rollupRetentionMs));
    m_settings->setValue(QStringLiteral("history/step"), formatDuration(options.historyStepMs));
}

namespace {

AlarmConfig::Override readOverride(QSettings &settings)
{
    AlarmConfig::Override o;
    bool ok = false;
    const double threshold = settings.value(QStringLiteral("threshold")).toDouble(&ok);
    o.threshold = ok && threshold >= 0 ? threshold : -1;
    const double window = settings.value(QStringLiteral("window")).toDouble(&ok);
    o.windowS = ok && window >= 0 ? window : -1;
    if (settings.contains(QStringLiteral("enabled")))
        o.enabled = settings.value(QStringLiteral("enabled")).toBool() ? 1 : 0;
    return o;
}

void writeOverride(QSettings &settings, const AlarmConfig::Override &o)
{
    if (o.threshold >= 0)
        settings.setValue(QStringLiteral("threshold"), o.threshold);
    if (o.windowS >= 0)
        settings.setValue(QStringLiteral("window"), o.windowS);
    if (o.enabled >= 0)
        settings.setValue(QStringLiteral("enabled"), o.enabled == 1);
}

} // namespace

AlarmConfig Settings::alarmConfig() const
{
    AlarmConfig config;
    m_settings->beginGroup(QStringLiteral("alarms"));
    for (const QString &id : m_settings->childGroups()) {
        if (id == QLatin1String("nodes"))
            continue;
        m_settings->beginGroup(id);
        config.setGlobal(id, readOverride(*m_settings));
        m_settings->endGroup();
    }
    m_settings->beginGroup(QStringLiteral("nodes"));
    for (const QString &node : m_settings->childGroups()) {
        m_settings->beginGroup(node);
        for (const QString &id : m_settings->childGroups()) {
            m_settings->beginGroup(id);
            config.setForNode(node, id, readOverride(*m_settings));
            m_settings->endGroup();
        }
        m_settings->endGroup();
    }
    m_settings->endGroup();
    m_settings->endGroup();
    return config;
}

void Settings::setAlarmConfig(const AlarmConfig &config)
{
    m_settings->remove(QStringLiteral("alarms"));
    m_settings->beginGroup(QStringLiteral("alarms"));
    const auto global = config.global();
    for (auto it = global.cbegin(); it != global.cend(); ++it) {
        m_settings->beginGroup(it.key());
        writeOverride(*m_settings, it.value());
        m_settings->endGroup();
    }
    const auto perNode = config.perNode();
    for (auto node = perNode.cbegin(); node != perNode.cend(); ++node) {
        for (auto it = node->cbegin(); it != node->cend(); ++it) {
            m_settings->beginGroup(QStringLiteral("nodes/%1/%2").arg(node.key(), it.key()));
            writeOverride(*m_settings, it.value());
            m_settings->endGroup();
        }
    }
    m_settings->endGroup();
}

QString Settings::location() const
{
    return m_settings->fileName();
}

QList<Settings::NodeEntry> Settings::nodes() const
{
    QList<NodeEntry> nodes;
    const int count = m_settings->beginReadArray(NodesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        NodeEntry entry{m_settings->value(NodeNameKey).toString(), m_settings->value(CookieKeyKey).toString(), {}};
        entry.marks.production = m_settings->value(ProductionKey, false).toBool();
        entry.marks.readOnly = readOnlyOverride(m_settings->value(ReadOnlyKey).toString());
        const QString level = m_settings->value(LogLevelKey).toString();
        if (NodeMarks::isLogLevel(level))
            entry.marks.logLevel = level;
        if (!entry.name.isEmpty())
            nodes.append(entry);
    }
    m_settings->endArray();
    return nodes;
}

void Settings::setNodes(const QList<NodeEntry> &nodes)
{
    if (nodes == this->nodes())
        return;
    // Rewriting the whole array drops entries left over from a longer list.
    m_settings->remove(NodesArray);
    m_settings->beginWriteArray(NodesArray, int(nodes.size()));
    for (int i = 0; i < nodes.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(NodeNameKey, nodes.at(i).name);
        m_settings->setValue(CookieKeyKey, nodes.at(i).cookieKey);
        const NodeMarks &marks = nodes.at(i).marks;
        m_settings->setValue(ProductionKey, marks.production);
        // Inherit is written as no key at all, like a file from before the marks existed.
        if (marks.readOnly != ReadOnlyOverride::Inherit)
            m_settings->setValue(ReadOnlyKey,
                                 marks.readOnly == ReadOnlyOverride::On ? QStringLiteral("on") : QStringLiteral("off"));
        if (marks.logLevel != NodeMarks::defaultLogLevel())
            m_settings->setValue(LogLevelKey, marks.logLevel);
    }
    m_settings->endArray();
    emit nodesChanged();
}

void Settings::saveWindow(const QString &window, const WindowState &state)
{
    m_settings->setValue(windowKey(window, "geometry"), state.geometry);
    m_settings->setValue(windowKey(window, "state"), state.state);
    emit windowStateChanged(window);
}

Settings::WindowState Settings::restoreWindow(const QString &window) const
{
    return {m_settings->value(windowKey(window, "geometry")).toByteArray(),
            m_settings->value(windowKey(window, "state")).toByteArray()};
}

void Settings::saveSplitter(const QString &splitter, const QByteArray &state)
{
    m_settings->setValue(splitterKey(splitter), state);
    emit splitterStateChanged(splitter);
}

bool Settings::sysmonDetails() const
{
    return m_settings->value(QStringLiteral("events/sysmonDetails"), false).toBool();
}

void Settings::setSysmonDetails(bool on)
{
    m_settings->setValue(QStringLiteral("events/sysmonDetails"), on);
}

QVector<AlarmSilence> Settings::silences() const
{
    QVector<AlarmSilence> out;
    const QJsonArray list =
        QJsonDocument::fromJson(m_settings->value(QStringLiteral("alarms/silences")).toByteArray()).array();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue &v : list) {
        if (const auto s = AlarmSilence::fromJson(v.toObject()); s && s->isInForceAt(now))
            out.append(*s);
    }
    return out;
}

void Settings::setSilences(const QVector<AlarmSilence> &silences)
{
    QJsonArray list;
    for (const AlarmSilence &s : silences)
        list.append(s.toJson());
    m_settings->setValue(QStringLiteral("alarms/silences"), QJsonDocument(list).toJson(QJsonDocument::Compact));
}

ReadOnlyPolicy Settings::readOnlyPolicy() const
{
    ReadOnlyPolicy policy;
    policy.productionNodes = m_settings->value(ReadOnlyProductionKey, policy.productionNodes).toBool();
    policy.allNodes = m_settings->value(ReadOnlyAllKey, policy.allNodes).toBool();
    return policy;
}

void Settings::setReadOnlyPolicy(const ReadOnlyPolicy &policy)
{
    if (policy == readOnlyPolicy())
        return;
    m_settings->setValue(ReadOnlyProductionKey, policy.productionNodes);
    m_settings->setValue(ReadOnlyAllKey, policy.allNodes);
    emit readOnlyPolicyChanged();
}

QByteArray Settings::splitterState(const QString &splitter) const
{
    return m_settings->value(splitterKey(splitter)).toByteArray();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace bilby
