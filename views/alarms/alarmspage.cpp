#include "alarms/alarmspage.h"

#include "alarms/alarmcatalog.h"
#include "alarms/alarmcenter.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/silencedialog.h"
#include "alarms/silencelist.h"
#include "shell/severityicons.h"
#include "shell/traystate.h"
#include "store/metricstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString paragraph(const QString &title, const QString &text)
{
    const QString body = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return title.isEmpty() ? QStringLiteral("<p>%1</p>").arg(body)
                           : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title.toHtmlEscaped(), body);
}

QString detailsHtml(const Alarm &alarm)
{
    const AlarmDefinition *definition = AlarmCatalog::find(alarm.alarmId);
    const QString cause = !alarm.cause.isEmpty() ? alarm.cause : definition ? definition->cause : QString();
    const QString action = !alarm.action.isEmpty() ? alarm.action : definition ? definition->action : QString();
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(AlarmsPage::tr("%1 on %2").arg(alarm.alarmId, alarm.node).toHtmlEscaped());
    QStringList facts{AlarmsPage::tr("Severity: %1").arg(Alarm::severityTitle(alarm.severity)),
                      AlarmsPage::tr("State: %1").arg(Alarm::stateTitle(alarm.state)),
                      AlarmsPage::tr("Raised: %1").arg(timeText(alarm.raisedMs))};
    if (!alarm.resource.isEmpty())
        facts.append(AlarmsPage::tr("Resource: %1").arg(alarm.resource));
    if (alarm.isActive() && alarm.silenceId > 0)
        facts.append(AlarmsPage::tr("Silenced: shown, but counted by neither the tray nor check"));
    if (alarm.isActive() && alarm.stale)
        facts.append(AlarmsPage::tr("Stale: the node is down, or this alarm was not seen again since it came back"));
    if (alarm.acknowledgedMs > 0)
        facts.append(AlarmsPage::tr("Acknowledged: %1").arg(timeText(alarm.acknowledgedMs)));
    if (alarm.clearedMs > 0)
        facts.append(alarm.clearedByUser ? AlarmsPage::tr("Cleared by hand: %1").arg(timeText(alarm.clearedMs))
                                         : AlarmsPage::tr("Cleared by itself: %1").arg(timeText(alarm.clearedMs)));
    html += paragraph({}, facts.join(QLatin1Char('\n')));
    if (alarm.serial == 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(AlarmsPage::tr("From an earlier session: only alarms of this session can be acknowledged, "
                                        "commented on or cleared.")
                             .toHtmlEscaped());
    if (!cause.isEmpty())
        html += paragraph(AlarmsPage::tr("Probable cause"), cause);
    if (!action.isEmpty())
        html += paragraph(AlarmsPage::tr("Proposed action"), action);
    if (!alarm.info.isEmpty())
        html += paragraph(AlarmsPage::tr("Additional information"), alarm.info);
    if (!alarm.comments.isEmpty()) {
        QStringList lines;
        for (const Alarm::Comment &c : alarm.comments)
            lines.append(AlarmsPage::tr("%1: %2").arg(timeText(c.timeMs), c.text));
        html += paragraph(AlarmsPage::tr("Comments"), lines.join(QLatin1Char('\n')));
    }
    return html;
}

} // namespace

AlarmsPage::AlarmsPage(AlarmCenter *center, TrayState *tray, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_model(new AlarmTableModel(this))
    , m_proxy(new SeverityIconProxyModel(SeverityIconProxyModel::Kind::Alarm, AlarmTableModel::SeverityColumn,
                                         AlarmTableModel::SeverityRole, this))
    , m_table(new QTableView)
    , m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("alarmsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AlarmTableModel::ActiveRole);
    m_table->setObjectName(QStringLiteral("alarmTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Alarms are few: every column but the information fits its contents.
    for (int column = 0; column < AlarmTableModel::InfoColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("alarmDetails"));
    m_details->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);

    // Mute here and in the tray menu are one state.
    m_mute->setChecked(tray->isMuted());
    connect(m_mute, &QCheckBox::toggled, tray, [tray](bool on) {
        if (on != tray->isMuted()) // not the echo of a change made elsewhere, which would restart the hour
            tray->setMuted(on);
    });
    connect(tray, &TrayState::mutedChanged, m_mute, &QCheckBox::setChecked);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(center, &AlarmCenter::alarmUpdated, this, &AlarmsPage::onAlarmUpdated);
    m_model->setAlarms(center->engine()->all());
    setScope(Scope::Active);
    updateSummary();
}

QWidget *AlarmsPage::createToolBar()
{
    auto *bar = new QWidget;
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("alarmScope"));
    m_scope->addItem(tr("Active alarms"), int(Scope::Active));
    // The history of earlier sessions is there only where a store is.
    m_scope->addItem(m_center->store() ? tr("All alarms, with history") : tr("All alarms of this session"),
                     int(Scope::All));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("alarmSummary"));
    m_mute = new QCheckBox(tr("Mute desktop notifications for 1 hour"));
    m_mute->setObjectName(QStringLiteral("alarmMute"));
    m_acknowledge = new QPushButton(tr("Acknowledge"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setToolTip(tr("Say that someone is looking at the selected alarm"));
    m_comment = new QPushButton(tr("Comment…"));
    m_comment->setObjectName(QStringLiteral("commentButton"));
    m_comment->setToolTip(tr("Add a note to the selected alarm"));
    m_clear = new QPushButton(tr("Clear…"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Clear the selected alarm by hand (it is not raised again until its condition ends "
                           "and comes back)"));
    m_silence = new QPushButton(tr("Silence…"));
    m_silence->setObjectName(QStringLiteral("silenceButton"));
    m_silence->setToolTip(tr("Stop counting the selected alarm (or its kind, or its node) for a while, with a "
                             "reason"));
    m_silences = new QPushButton(tr("Silences…"));
    m_silences->setObjectName(QStringLiteral("silencesButton"));
    m_silences->setToolTip(tr("The silences in force; lift one"));
    connect(m_silence, &QPushButton::clicked, this, [this] { openSilenceDialog(); });
    connect(m_silences, &QPushButton::clicked, this, [this] { openSilenceList(); });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { setScope(Scope(m_scope->currentData().toInt())); });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmsPage::acknowledgeSelected);
    connect(m_comment, &QPushButton::clicked, this, [this] { openCommentDialog(); });
    connect(m_clear, &QPushButton::clicked, this, [this] { confirmClearSelected(); });

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:")));
    layout->addWidget(m_scope);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_mute);
    layout->addStretch();
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_comment);
    layout->addWidget(m_clear);
    layout->addWidget(m_silence);
    layout->addWidget(m_silences);
    return bar;
}

void AlarmsPage::setScope(Scope scope)
{
    const int index = m_scope->findData(int(scope));
    if (m_scope->currentIndex() != index) {
        m_scope->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    ++m_historyJob;
    m_historyError.clear();
    if (scope == Scope::Active) {
        m_model->removeStored();
        m_proxy->setFilterFixedString(QStringLiteral("true"));
    } else {
        m_proxy->setFilterFixedString({});
        loadHistory();
    }
    showDetails();
    updateButtons();
    updateSummary();
}

AlarmsPage::Scope AlarmsPage::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void AlarmsPage::loadHistory()
{
    MetricStore *store = m_center ? m_center->store() : nullptr;
    if (!store)
        return;
    AlarmFilter filter;
    filter.limit = 1000;
    const int job = m_historyJob;
    store->listAlarms(filter, this, [this, job](const QVector<Alarm> &alarms, const StoreError &error) {
        if (job != m_historyJob)
            return; // the scope changed meanwhile
        m_model->mergeStored(alarms);
        m_historyError =
            error.isError() ? tr("The history of earlier sessions cannot be read: %1").arg(error.message) : QString();
        updateSummary();
        emit historyLoaded(int(alarms.size()));
    });
}

void AlarmsPage::onAlarmUpdated(const Alarm &alarm, AlarmEngine::Transition)
{
    m_model->updateAlarm(alarm);
    showDetails();
    updateButtons();
    updateSummary();
}

QString AlarmsPage::summary() const
{
    return m_summary->text();
}

void AlarmsPage::updateSummary()
{
    m_summary->setToolTip(m_historyError);
    const QVector<Alarm> active = m_center ? m_center->engine()->active() : QVector<Alarm>();
    if (active.isEmpty()) {
        m_summary->setText(m_historyError.isEmpty() ? tr("No active alarm") : m_historyError);
        return;
    }
    QStringList parts;
    for (auto severity :
         {Alarm::Severity::Critical, Alarm::Severity::Major, Alarm::Severity::Minor, Alarm::Severity::Warning}) {
        const auto n =
            std::count_if(active.begin(), active.end(), [severity](const Alarm &a) { return a.severity == severity; });
        if (n > 0)
            parts.append(tr("%1 %2").arg(n).arg(Alarm::severityTitle(severity).toLower()));
    }
    QString text = tr("%Ln active: %1", nullptr, int(active.size())).arg(parts.join(tr(", ")));
    const auto uncounted = std::count_if(active.begin(), active.end(), [](const Alarm &a) { return !a.isCounted(); });
    if (uncounted > 0)
        text += tr(" (%Ln not counted: silenced or stale)", nullptr, int(uncounted));
    m_summary->setText(m_historyError.isEmpty() ? text : tr("%1. %2").arg(text, m_historyError));
}

bool AlarmsPage::selectAlarm(qint64 serial)
{
    const int row = m_model->rowOfSerial(serial);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

std::optional<Alarm> AlarmsPage::selectedAlarm() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(AlarmTableModel::AlarmRole).value<Alarm>();
}

int AlarmsPage::visibleRows() const
{
    return m_proxy->rowCount();
}

void AlarmsPage::acknowledgeSelected()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    if (alarm && alarm->serial != 0 && m_center)
        m_center->acknowledge(alarm->serial);
}

QMessageBox *AlarmsPage::confirmClearSelected()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    if (!alarm || alarm->serial == 0 || !alarm->isActive())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear Alarm"),
                                tr("Clear the alarm %1 on %2?").arg(alarm->alarmId, alarm->node),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(
        tr("It is not raised again while its condition holds; it comes back as a new alarm once the "
           "condition has ended and returns."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const qint64 serial = alarm->serial;
    connect(box, &QMessageBox::finished, this, [this, box, serial] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_center)
            m_center->clear(serial);
    });
    box->open();
    return box;
}

QInputDialog *AlarmsPage::openCommentDialog()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    if (!alarm || alarm->serial == 0)
        return nullptr;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Comment on Alarm"));
    dialog->setLabelText(tr("Comment on %1 on %2:").arg(alarm->alarmId, alarm->node));
    dialog->setInputMode(QInputDialog::TextInput);
    const qint64 serial = alarm->serial;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, serial](const QString &text) {
        if (m_center && !text.trimmed().isEmpty())
            m_center->comment(serial, text);
    });
    dialog->open();
    return dialog;
}

SilenceDialog *AlarmsPage::openSilenceDialog()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    if (!alarm || !m_center)
        return nullptr;
    auto *dialog = new SilenceDialog(*alarm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_center)
            m_center->silence(dialog->silence(QDateTime::currentMSecsSinceEpoch()));
    });
    dialog->open();
    return dialog;
}

SilenceList *AlarmsPage::openSilenceList()
{
    if (!m_center)
        return nullptr;
    auto *list = new SilenceList(m_center, this);
    list->setAttribute(Qt::WA_DeleteOnClose);
    list->open();
    return list;
}

void AlarmsPage::showDetails()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    if (!alarm) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(visibleRows() == 0 ? tr("No alarm to show.").toHtmlEscaped()
                                                       : tr("Select an alarm to see its details.").toHtmlEscaped()));
        return;
    }
    m_details->setHtml(detailsHtml(*alarm));
}

void AlarmsPage::updateButtons()
{
    const std::optional<Alarm> alarm = selectedAlarm();
    const bool ours = alarm && alarm->serial != 0; // alarms of earlier sessions are shown only
    m_acknowledge->setEnabled(ours && alarm->state == Alarm::State::New);
    m_comment->setEnabled(ours);
    m_clear->setEnabled(ours && alarm->isActive());
    m_silence->setEnabled(alarm.has_value());
}

} // namespace bilby
