// The node page's tools offscreen against real nodes (SPEC X1-X4): the process list computed on the
// node (sort, filter, pause, errors that keep the rows), the inspector (information, links, sensitive
// sections read only on request, a long mailbox asked about first, a process exiting while inspected,
// terminate and garbage collection audited, a read-only agent's refusal), and the ETS viewer (tables,
// pages through continuations, lookup by key, a private table, the owner opening in the inspector).
#include "connection/agenterror.h"
#include "connection/distconnection.h"
#include "shell/nodepage.h"
#include "shell/sensitivebanner.h"
#include "support/nodepageconsole.h"
#include "support/testnode.h"
#include "tools/etspage.h"
#include "tools/etsrowmodel.h"
#include "tools/etstablemodel.h"
#include "tools/inspectorsection.h"
#include "tools/processespage.h"
#include "tools/processinfoview.h"
#include "tools/processinspectorview.h"
#include "tools/processtopmodel.h"
#include "tools/terminatedialog.h"
#include "topology/noderegistry.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

/// A real node managed like the console manages it, and its page shown offscreen.
struct Console : NodePageConsole
{
    ProcessesPage *processes() const { return page->processesPage(); }
    ProcessInspectorView *inspector() const { return page->processesPage()->inspector(); }
    EtsPage *ets() const { return page->etsPage(); }
    bool eval(const char *source, int timeoutMs = 10000)
    {
        return rpc->eval(QLatin1String(source), timeoutMs).has_value();
    }
    bool isAlive(const char *name)
    {
        const auto alive = rpc->eval(QStringLiteral("is_pid(whereis(%1)).").arg(QLatin1String(name)));
        return alive && alive->isAtom("true");
    }
};

QStringList namesIn(const ProcessTopModel *model)
{
    QStringList names;
    for (int i = 0; i < model->rowCount(); ++i)
        names.append(model->rowAt(i).name);
    return names;
}

/// The href of the link whose text is @p text in a text browser, empty when there is none.
QString anchorFor(const QTextBrowser *browser, const QString &text)
{
    const QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text() == text)
                return fragment.charFormat().anchorHref();
        }
    }
    return {};
}

QString keyAt(const EtsPage *ets, int row)
{
    return ets->rowModel()->rowAt(row).key;
}

} // namespace

class TestViewTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DistConnection::initialize();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 150,000
    }
    void agentErrors_data();
    void agentErrors();
    void processListSortsOnTheNode();
    void filterSelectionPause();
    void failedRefreshKeepsRows();
    void inspectorReadsAndNavigates();
    void longMailboxAsksFirst();
    void processExitsWhileInspected();
    void terminateAndCollectAreAudited();
    void readOnlyAgentRefuses();
    void etsTablesPagesAndLookup();
    void etsPrivateTableAndOwner();
};

void TestViewTools::agentErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");   // the agent's reason as the session keeps it
    QTest::addColumn<QString>("message");  // the session's words; empty: the reason itself
    QTest::addColumn<QString>("expected"); // part of the sentence the user reads
    using K = AgentError::Kind;
    QTest::newRow("read only") << int(K::ReadOnly) << QStringLiteral("read_only")
                               << QStringLiteral("Refused: this node is read-only, in the session's words")
                               << QStringLiteral("This node is read-only");
    QTest::newRow("exited") << int(K::NoSuchProcess) << QStringLiteral("{error,no_such_process}") << QString()
                            << QStringLiteral("exited");
    QTest::newRow("confirm") << int(K::NeedsConfirm) << QStringLiteral("{error,{confirm,150000,100000}}") << QString()
                             << QStringLiteral("150,000");
    QTest::newRow("private") << int(K::PrivateTable)
                             << QStringLiteral("{error,{private_table,#Pid<t_x@127.0.0.1.85.0>}}") << QString()
                             << QStringLiteral("private: only its owner <0.85.0> can read it");
    QTest::newRow("no table") << int(K::NoSuchTable) << QStringLiteral("{error,no_such_table}") << QString()
                              << QStringLiteral("no longer exists");
    QTest::newRow("bad key") << int(K::BadKey) << QStringLiteral("{error,{bad_key,<<\"os:cmd()\">>}}") << QString()
                             << QStringLiteral("not an Erlang term");
    QTest::newRow("no answer") << int(K::NoAnswer) << QStringLiteral("{error,{no_answer,2000}}") << QString()
                               << QStringLiteral("did not answer");
    QTest::newRow("other") << int(K::Other) << QStringLiteral("{error,badarg}") << QString()
                           << QStringLiteral("answered with an error: {error,badarg}");
    QTest::newRow("other, in words") << int(K::Other) << QStringLiteral("busy")
                                     << QStringLiteral("The agent is busy; try again") << QStringLiteral("try again");
}

void TestViewTools::agentErrors()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const AgentError error =
        AgentError::from(ConnectionError(ConnectionError::Kind::Remote, message.isEmpty() ? reason : message, reason));
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    // An error made without the reason apart (the message is the reason) reads the same.
    if (message.isEmpty())
        QCOMPARE(int(AgentError::from(ConnectionError(ConnectionError::Kind::Remote, reason)).kind), kind);
    // Not the agent's answer: the session's own words.
    const AgentError lost =
        AgentError::from(ConnectionError(ConnectionError::Kind::ConnectionLost, QStringLiteral("gone")));
    QCOMPARE(lost.kind, AgentError::Kind::Connection);
    QCOMPARE(lost.message(), QStringLiteral("gone"));
    QVERIFY(!AgentError::from({}).isError());
}

void TestViewTools::processListSortsOnTheNode()
{
    Console c;
    QVERIFY(c.start());
    // 3,000 messages waiting in one process: no other process of a fresh node comes close.
    QVERIFY(c.eval("register(t_backlog, spawn(fun() -> receive stop -> ok end end)),"
                   "[t_backlog ! {msg, I} || I <- lists:seq(1, 3000)], ok."));
    ProcessesPage *page = c.processes();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->requestCount(), 0); // hidden behind the overview: nothing asked yet
    QCOMPARE(page->topBox()->value(), 50);
    QCOMPARE(page->intervalBox()->value(), 5);
    QCOMPARE(page->sort(), ProcessTop::Sort::Memory);

    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(waitUntil([&] { return page->model()->rowCount() > 0; }, 10000));
    QVERIFY(page->model()->rowCount() <= 50);
    for (int i = 1; i < page->model()->rowCount(); ++i)
        QVERIFY(page->model()->rowAt(i - 1).memory >= page->model()->rowAt(i).memory);
    QVERIFY(page->model()->rowAt(0).pidText.startsWith(QLatin1String("<0.")));

    page->sortBox()->setCurrentIndex(page->sortBox()->findData(int(ProcessTop::Sort::MessageQueue)));
    QVERIFY(waitUntil([&] { return page->model()->top().sort == ProcessTop::Sort::MessageQueue; }, 10000));
    QCOMPARE(page->model()->rowAt(0).name, QStringLiteral("t_backlog"));
    const QModelIndex queue = page->model()->index(0, ProcessTopModel::MessageQueueColumn);
    QCOMPARE(queue.data(ProcessTopModel::ValueRole).toLongLong(), 3000);
    QCOMPARE(page->model()->headerData(ProcessTopModel::MessageQueueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Message queue"));

    // Reductions: the second list counts since the first, and the header says over how long.
    page->setSort(ProcessTop::Sort::Reductions);
    QVERIFY(waitUntil([&] { return page->model()->top().sort == ProcessTop::Sort::Reductions; }, 10000));
    page->refresh();
    QVERIFY(waitUntil([&] { return page->model()->top().intervalMs >= 0; }, 10000));
    QVERIFY(page->model()
                ->headerData(ProcessTopModel::ReductionsColumn, Qt::Horizontal)
                .toString()
                .startsWith(QLatin1String("Reductions in")));
    QVERIFY(c.eval("t_backlog ! stop, ok."));
}

void TestViewTools::filterSelectionPause()
{
    Console c;
    QVERIFY(c.start());
    ProcessesPage *page = c.processes();
    page->intervalBox()->setValue(1);
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(waitUntil([&] { return page->model()->rowCount() > 0; }, 10000));

    // The filter is applied on the node: only processes of the code server come back.
    QTest::keyClicks(page->filterEdit(), QStringLiteral("CODE_server"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QVERIFY(waitUntil([&] { return namesIn(page->model()).contains(QStringLiteral("code_server")); }, 10000));
    QVERIFY(waitUntil([&] { return !page->isRequestPending(); }, 10000));
    for (int i = 0; i < page->model()->rowCount(); ++i) {
        const ProcessTop::Row &row = page->model()->rowAt(i);
        QVERIFY2(row.name.contains(QLatin1String("code_server")) ||
                     row.initialCall.contains(QLatin1String("code_server")) ||
                     row.currentFunction.contains(QLatin1String("code_server")),
                 qPrintable(row.pidText));
    }

    // The selection follows its pid across refreshes.
    const int row = page->model()->rowOfPid(c.pidOf("code_server"));
    QVERIFY(row >= 0);
    page->table()->selectRow(row);
    const QString selected = page->selectedPid();
    QCOMPARE(selected, c.pidOf("code_server"));
    QSignalSpy refreshed(page, &ProcessesPage::refreshed);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 2; }, 10000)); // every second
    QCOMPARE(page->selectedPid(), selected);

    // Paused, nothing is asked, not even after a reply that was on its way; resumed, the list is
    // refreshed again.
    QVERIFY(waitUntil([&] { return !page->isRequestPending(); }, 10000));
    page->refresh();
    QVERIFY(page->isRequestPending());
    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    QVERIFY(page->isPaused());
    QCOMPARE(page->pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(waitUntil([&] { return !page->isRequestPending(); }, 10000));
    const int sent = page->requestCount();
    QVERIFY(!waitUntil([&] { return page->requestCount() > sent; }, 2500)); // 2.5 intervals
    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    QVERIFY(!page->isPaused());
    QVERIFY(waitUntil([&] { return page->requestCount() > sent + 1; }, 5000));

    // A hidden page asks nothing either.
    c.page->tabs()->setCurrentIndex(0);
    QVERIFY(waitUntil([&] { return !page->isRequestPending(); }, 10000));
    const int hidden = page->requestCount();
    QVERIFY(!waitUntil([&] { return page->requestCount() > hidden; }, 2500));
}

void TestViewTools::failedRefreshKeepsRows()
{
    Console c;
    QVERIFY(c.start());
    ProcessesPage *page = c.processes();
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(waitUntil([&] { return page->model()->rowCount() > 0; }, 10000));
    const int rows = page->model()->rowCount();
    QVERIFY(page->statusLabel()->isHidden());
    c.node.kill();
    QVERIFY(waitUntil([&] { return page->statusLabel()->isVisible(); }, 15000));
    QVERIFY2(page->statusLabel()->text().contains(QLatin1String("The list is from")),
             qPrintable(page->statusLabel()->text()));
    QCOMPARE(page->model()->rowCount(), rows);
}

void TestViewTools::inspectorReadsAndNavigates()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("Helper = spawn(fun() -> receive stop -> ok end end), register(t_helper, Helper),"
                   "register(t_inspected, spawn(fun() -> link(Helper), put(t_key, <<\"t_secret_value\">>),"
                   " receive stop -> ok end end)),"
                   "[t_inspected ! {t_msg, I} || I <- [1, 2, 3]], ok."));
    ProcessInspectorView *inspector = c.inspector();
    QSignalSpy infos(inspector, &ProcessInspectorView::infoUpdated);
    QSignalSpy sections(inspector, &ProcessInspectorView::sectionUpdated);

    c.page->inspectProcess(QStringLiteral("t_inspected"));
    QCOMPARE(c.page->tabs()->currentWidget(), c.processes());
    QVERIFY(waitUntil([&] { return infos.size() >= 1; }, 10000));
    const QString pid = c.pidOf("t_inspected");
    QCOMPARE(inspector->currentPid(), pid);
    QCOMPARE(inspector->titleLabel()->text(), pid + QStringLiteral(" t_inspected"));
    const QString info = inspector->infoView()->toPlainText();
    for (const char *key : {"registered_name", "status", "message_queue_len", "links", "group_leader", "memory",
                            "current_function", "trap_exit"})
        QVERIFY2(info.contains(QLatin1String(key)), key);
    QVERIFY(!info.contains(QLatin1String("t_secret_value")));

    // Sensitive sections are marked, and read nothing until opened; the periodic refresh leaves them alone.
    for (auto s : {ProcessInspectorView::MessagesSection, ProcessInspectorView::DictionarySection,
                   ProcessInspectorView::StateSection}) {
        QVERIFY(inspector->section(s)->property("sensitive").toBool());
        QVERIFY(inspector->section(s)->findChild<SensitiveBanner *>());
        QVERIFY(!inspector->sections()->tabIcon(s).isNull());
        QCOMPARE(inspector->section(s)->state(), InspectorSection::State::Empty);
    }
    QVERIFY(!inspector->section(ProcessInspectorView::StackSection)->isSensitive());
    QVERIFY(waitUntil([&] { return infos.size() >= 2; }, 10000));
    QCOMPARE(sections.size(), 0);
    QCOMPARE(inspector->section(ProcessInspectorView::MessagesSection)->state(), InspectorSection::State::Empty);
    QVERIFY(inspector->section(ProcessInspectorView::MessagesSection)->textView()->toPlainText().isEmpty());

    // Opening the tab reads it.
    inspector->sections()->setCurrentIndex(ProcessInspectorView::MessagesSection);
    QVERIFY(waitUntil([&] { return sections.size() == 1; }, 10000));
    InspectorSection *messages = inspector->section(ProcessInspectorView::MessagesSection);
    QCOMPARE(messages->state(), InspectorSection::State::Loaded);
    QVERIFY(messages->textView()->toPlainText().contains(QLatin1String("{t_msg,1}")));
    QVERIFY(messages->statusLabel()->text().startsWith(QLatin1String("3 messages")));
    inspector->sections()->setCurrentIndex(ProcessInspectorView::DictionarySection);
    QVERIFY(waitUntil([&] { return sections.size() == 2; }, 10000));
    QVERIFY(inspector->section(ProcessInspectorView::DictionarySection)
                ->textView()
                ->toPlainText()
                .contains(QLatin1String("t_key => t_secret_value")));
    inspector->sections()->setCurrentIndex(ProcessInspectorView::StackSection);
    QVERIFY(waitUntil([&] { return sections.size() == 3; }, 10000));
    QVERIFY(!inspector->section(ProcessInspectorView::StackSection)->textView()->toPlainText().isEmpty());

    // A link navigates; Back returns; sensitive sections start unread again.
    inspector->sections()->setCurrentIndex(ProcessInspectorView::InfoSection);
    const QString helper = c.pidOf("t_helper");
    const QString href = anchorFor(inspector->infoView(), helper);
    QVERIFY2(!href.isEmpty(), qPrintable(inspector->infoView()->toHtml()));
    QVERIFY(!inspector->backButton()->isEnabled());
    const int before = int(infos.size());
    emit inspector->infoView()->anchorClicked(QUrl(href));
    QVERIFY(waitUntil([&] { return infos.size() > before && inspector->currentPid() == helper; }, 10000));
    QCOMPARE(inspector->titleLabel()->text(), helper + QStringLiteral(" t_helper"));
    QCOMPARE(inspector->section(ProcessInspectorView::MessagesSection)->state(), InspectorSection::State::Empty);
    // The helper's links lead back too.
    QVERIFY(!anchorFor(inspector->infoView(), pid).isEmpty());
    QVERIFY(inspector->backButton()->isEnabled());
    QTest::mouseClick(inspector->backButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return inspector->currentPid() == pid; }, 10000));
    QVERIFY(!inspector->backButton()->isEnabled());

    // Double-click in the list inspects that row's process.
    ProcessesPage *page = c.processes();
    page->filterEdit()->setText(QStringLiteral("t_helper"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QVERIFY(
        waitUntil([&] { return page->model()->rowCount() == 1 && page->model()->rowAt(0).pidText == helper; }, 10000));
    const QRect cell = page->table()->visualRect(page->model()->index(0, ProcessTopModel::PidColumn));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(waitUntil([&] { return inspector->currentPid() == helper; }, 10000));
    QVERIFY(c.eval("t_inspected ! stop, t_helper ! stop, ok."));
}

void TestViewTools::longMailboxAsksFirst()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("register(t_flooded, spawn(fun() -> receive never -> ok end end)),"
                   "[t_flooded ! {m, I} || I <- lists:seq(1, 120000)], ok.",
                   30000));
    ProcessInspectorView *inspector = c.inspector();
    QSignalSpy sections(inspector, &ProcessInspectorView::sectionUpdated);
    c.page->inspectProcess(QStringLiteral("t_flooded"));
    QVERIFY(waitUntil([&] { return !inspector->currentPid().isEmpty(); }, 10000));
    inspector->sections()->setCurrentIndex(ProcessInspectorView::MessagesSection);
    // The agent will not copy 120,000 messages without the user's word: the page asks.
    QVERIFY(waitUntil([&] { return inspector->pendingConfirmation(); }, 10000));
    QMessageBox *box = inspector->pendingConfirmation();
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("copies the whole mailbox")));
    InspectorSection *messages = inspector->section(ProcessInspectorView::MessagesSection);
    QCOMPARE(messages->state(), InspectorSection::State::Failed);
    // No: nothing is read.
    box->button(QMessageBox::No)->click();
    QVERIFY(waitUntil([&] { return !inspector->pendingConfirmation(); }, 5000));
    QCOMPARE(messages->state(), InspectorSection::State::Failed);
    QVERIFY(messages->textView()->toPlainText().isEmpty());
    // Yes: the first 100 are read.
    QTest::mouseClick(messages->loadButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return inspector->pendingConfirmation(); }, 10000));
    inspector->pendingConfirmation()->button(QMessageBox::Yes)->click();
    QVERIFY(waitUntil([&] { return messages->state() == InspectorSection::State::Loaded; }, 30000));
    QVERIFY2(messages->statusLabel()->text().contains(QLatin1String("the first 100")),
             qPrintable(messages->statusLabel()->text()));
    QVERIFY(messages->textView()->toPlainText().contains(QLatin1String("#100 ")));
    QVERIFY(!messages->textView()->toPlainText().contains(QLatin1String("#101 ")));
}

void TestViewTools::processExitsWhileInspected()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("register(t_doomed, spawn(fun() -> receive stop -> ok end end)), ok."));
    ProcessInspectorView *inspector = c.inspector();
    c.page->inspectProcess(QStringLiteral("t_doomed"));
    QVERIFY(waitUntil([&] { return inspector->currentPid() == c.pidOf("t_doomed"); }, 10000));
    QVERIFY(inspector->exitedLabel()->isHidden());
    QVERIFY(inspector->terminateButton()->isEnabled());
    QVERIFY(c.eval("exit(whereis(t_doomed), kill), ok."));
    // The periodic refresh finds it gone.
    QVERIFY(waitUntil([&] { return inspector->hasExited(); }, 10000));
    QVERIFY(inspector->exitedLabel()->isVisible());
    QVERIFY(inspector->exitedLabel()->text().contains(QLatin1String("has exited")));
    QVERIFY(inspector->infoView()->toPlainText().contains(QLatin1String("registered_name"))); // last read stays
    QVERIFY(!inspector->terminateButton()->isEnabled());
    QVERIFY(!inspector->gcButton()->isEnabled());
    QVERIFY(!inspector->confirmTerminate());
    // A name nobody holds says so.
    c.page->inspectProcess(QStringLiteral("t_nobody"));
    QVERIFY(waitUntil([&] { return !inspector->messageLabel()->text().isEmpty(); }, 10000));
    QVERIFY(inspector->messageLabel()->text().contains(QLatin1String("No process is registered")));
}

void TestViewTools::terminateAndCollectAreAudited()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("register(t_victim, spawn(fun() -> receive stop -> ok end end)),"
                   "register(t_garbage, spawn(fun() -> _ = lists:seq(1, 100000), receive stop -> ok end end)), ok."));
    ProcessInspectorView *inspector = c.inspector();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QSignalSpy finished(inspector, &ProcessInspectorView::actionFinished);
    c.page->inspectProcess(QStringLiteral("t_victim"));
    const QString victim = c.pidOf("t_victim");
    QVERIFY(waitUntil([&] { return inspector->currentPid() == victim; }, 10000));

    // Cancel changes nothing.
    TerminateDialog *dialog = inspector->confirmTerminate();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->reason(), QStringLiteral("kill"));
    dialog->reject();
    QVERIFY(!waitUntil([&] { return !audits.isEmpty(); }, 500));
    QVERIFY(c.isAlive("t_victim"));

    // Terminate, confirmed: the process ends, the action is audited on the node.
    QTest::mouseClick(inspector->terminateButton(), Qt::LeftButton);
    dialog = inspector->findChild<TerminateDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->terminateButton()->isDefault()); // Enter in a hurry cancels
    QTest::mouseClick(dialog->terminateButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return audits.size() == 1; }, 10000));
    const auto done = audits.takeFirst().at(0).value<Notification>();
    QCOMPARE(done.origin, Notification::Origin::Action);
    QCOMPARE(done.severity, Notification::Severity::Notice);
    QVERIFY2(done.text.contains(QStringLiteral("Terminate process %1 (reason kill)").arg(victim)),
             qPrintable(done.text));
    QVERIFY(done.details.contains(QLatin1String("killed")));
    QVERIFY(!c.isAlive("t_victim"));
    QVERIFY(waitUntil([&] { return inspector->hasExited(); }, 10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());

    // Garbage collection: no question, audited with the memory before and after.
    c.page->inspectProcess(QStringLiteral("t_garbage"));
    QVERIFY(waitUntil([&] { return inspector->currentPid() == c.pidOf("t_garbage"); }, 10000));
    QVERIFY(inspector->gcButton()->isEnabled());
    QTest::mouseClick(inspector->gcButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return audits.size() == 1; }, 10000));
    const auto gc = audits.takeFirst().at(0).value<Notification>();
    QVERIFY2(gc.text.contains(QStringLiteral("Garbage collect process %1").arg(c.pidOf("t_garbage"))),
             qPrintable(gc.text));
    QVERIFY(gc.details.contains(QLatin1String("before")));
    QVERIFY(inspector->messageLabel()->text().contains(QLatin1String("before")));
    QVERIFY(c.isAlive("t_garbage"));

    // The dialog's reason is an atom; a vital process gets the stronger warning.
    QVERIFY(TerminateDialog::isValidReason(QStringLiteral("shutdown")));
    QVERIFY(!TerminateDialog::isValidReason(QStringLiteral("Bad reason")));
    c.page->inspectProcess(QStringLiteral("code_server"));
    QVERIFY(waitUntil([&] { return inspector->currentPid() == c.pidOf("code_server"); }, 10000));
    dialog = inspector->confirmTerminate();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("terminateDetails"))->text().contains(QLatin1String("Warning")));
    dialog->setReason(QStringLiteral("Not An Atom"));
    QVERIFY(!dialog->terminateButton()->isEnabled());
    dialog->reject();
    QVERIFY(c.isAlive("code_server"));
}

void TestViewTools::readOnlyAgentRefuses()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("register(t_kept, spawn(fun() -> receive stop -> ok end end)), ok."));
    ProcessInspectorView *inspector = c.inspector();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    c.page->inspectProcess(QStringLiteral("t_kept"));
    QVERIFY(waitUntil([&] { return inspector->currentPid() == c.pidOf("t_kept"); }, 10000));
    QVERIFY(inspector->gcButton()->isEnabled());
    // Switched read-only behind the page's back (as another console could): the agent refuses, the page
    // says why and disables the actions, and the refusal is audited.
    const auto [on, onError] =
        askAgent(*c.managed->session(), Term::tuple({Term::atom("set_read_only"), Term::boolean(true)}));
    QVERIFY2(onError.isEmpty(), qPrintable(onError));
    QTest::mouseClick(inspector->gcButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return audits.size() == 1; }, 10000));
    const auto refused = audits.takeFirst().at(0).value<Notification>();
    QCOMPARE(refused.severity, Notification::Severity::Warning);
    QVERIFY(refused.details.contains(QLatin1String("read-only")));
    QVERIFY2(inspector->messageLabel()->text().startsWith(QLatin1String("This node is read-only")),
             qPrintable(inspector->messageLabel()->text()));
    QVERIFY(!inspector->gcButton()->isEnabled());
    QVERIFY(!inspector->terminateButton()->isEnabled());
    QVERIFY(!inspector->confirmTerminate());
    QVERIFY(c.isAlive("t_kept"));
}

void TestViewTools::etsTablesPagesAndLookup()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("Owner = spawn(fun() -> receive stop -> ok end end), register(t_ets_owner, Owner),"
                   "T = ets:new(t_pages, [named_table, public, ordered_set]),"
                   "ets:insert(T, [{I, I * I} || I <- lists:seq(1, 250)]), ets:give_away(T, Owner, none), ok."));
    EtsPage *ets = c.ets();
    QAbstractItemModelTester tables(ets->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rows(ets->rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(ets, &EtsPage::tablesLoaded);
    QSignalSpy loaded(ets, &EtsPage::contentsLoaded);
    c.page->tabs()->setCurrentWidget(ets);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));
    const int row = ets->tableModel()->rowOfId(QStringLiteral("t_pages"));
    QVERIFY(row >= 0);
    const EtsTableInfo &info = ets->tableModel()->tableAt(row);
    QCOMPARE(info.size, 250);
    QCOMPARE(info.type, QStringLiteral("ordered_set"));
    QCOMPARE(info.protection, QStringLiteral("public"));
    QCOMPARE(info.ownerText, c.pidOf("t_ets_owner"));
    QVERIFY(info.memory > 0);
    QCOMPARE(info.ownerLabel, QStringLiteral("t_ets_owner"));
    QVERIFY(ets->tableModel()->rowCount() > 10);
    // Bilby's own tables are left out, and the status says so; the switch lists them, labelled.
    const int withoutOwn = ets->tableModel()->rowCount();
    QVERIFY2(ets->listStatus()->text().contains(QLatin1String("of Bilby's own not shown")),
             qPrintable(ets->listStatus()->text()));
    ets->showOwnCheck()->setChecked(true);
    QVERIFY(ets->tableModel()->rowCount() > withoutOwn);
    bool labelledOwn = false;
    for (int r = 0; r < ets->tableModel()->rowCount(); ++r) {
        const EtsTableInfo &t = ets->tableModel()->tableAt(r);
        labelledOwn |= t.own && t.ownerLabel.startsWith(QLatin1String("Bilby agent: "));
    }
    QVERIFY(labelledOwn);
    ets->showOwnCheck()->setChecked(false);
    QCOMPARE(ets->tableModel()->rowCount(), withoutOwn);

    // Sorted by the raw numbers: sizes descending.
    ets->tableView()->sortByColumn(EtsTableModel::SizeColumn, Qt::DescendingOrder);
    for (int i = 1; i < ets->tableProxy()->rowCount(); ++i)
        QVERIFY(ets->tableProxy()->index(i - 1, EtsTableModel::SizeColumn).data(EtsTableModel::SortRole).toLongLong() >=
                ets->tableProxy()->index(i, EtsTableModel::SizeColumn).data(EtsTableModel::SortRole).toLongLong());

    // Rows are sensitive and marked so.
    QVERIFY(ets->rowView()->property("sensitive").toBool());
    QVERIFY(ets->findChild<SensitiveBanner *>());

    // Pages of 100 through continuations: 1-100, 101-200, 201-250 (the last, short), and back.
    QVERIFY(ets->selectTable(QStringLiteral("t_pages")));
    QVERIFY(waitUntil([&] { return loaded.size() == 1; }, 10000));
    QCOMPARE(ets->pageNumber(), 1);
    QCOMPARE(ets->rowModel()->rowCount(), 100);
    QCOMPARE(keyAt(ets, 0), QStringLiteral("1"));
    QCOMPARE(ets->rowModel()->rowAt(1).text, QStringLiteral("{2,4}"));
    QVERIFY(!ets->previousButton()->isEnabled());
    QVERIFY(ets->nextButton()->isEnabled());
    QTest::mouseClick(ets->nextButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return loaded.size() == 2; }, 10000));
    QCOMPARE(ets->pageNumber(), 2);
    QCOMPARE(ets->rowModel()->rowCount(), 100);
    QCOMPARE(keyAt(ets, 0), QStringLiteral("101"));
    QTest::mouseClick(ets->nextButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return loaded.size() == 3; }, 10000));
    QCOMPARE(ets->pageNumber(), 3);
    QCOMPARE(ets->rowModel()->rowCount(), 50);
    QCOMPARE(keyAt(ets, 0), QStringLiteral("201"));
    QCOMPARE(keyAt(ets, 49), QStringLiteral("250"));
    QVERIFY(!ets->nextButton()->isEnabled());
    QVERIFY(ets->contentsStatus()->text().contains(QLatin1String("the last page")));
    QTest::mouseClick(ets->previousButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return loaded.size() == 4; }, 10000));
    QCOMPARE(keyAt(ets, 0), QStringLiteral("101"));
    QTest::mouseClick(ets->firstButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return loaded.size() == 5; }, 10000));
    QCOMPARE(ets->pageNumber(), 1);
    QCOMPARE(keyAt(ets, 0), QStringLiteral("1"));

    // Lookup by key, parsed on the node; a key that is not a term is refused, not evaluated.
    QTest::keyClicks(ets->keyEdit(), QStringLiteral("42"));
    QTest::mouseClick(ets->lookupButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return loaded.size() == 6; }, 10000));
    QCOMPARE(ets->rowModel()->rowCount(), 1);
    QCOMPARE(ets->rowModel()->rowAt(0).text, QStringLiteral("{42,1764}"));
    QCOMPARE(ets->pageNumber(), 0);
    ets->lookup(QStringLiteral("os:cmd(\"touch /tmp/t_never\")"));
    QVERIFY(waitUntil([&] { return loaded.size() == 7; }, 10000));
    QVERIFY2(ets->contentsStatus()->text().contains(QLatin1String("not an Erlang term")),
             qPrintable(ets->contentsStatus()->text()));

    // A refresh keeps the table shown and its rows.
    QTest::mouseClick(ets->refreshButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return listed.size() == 2; }, 10000));
    QCOMPARE(ets->currentTable(), QStringLiteral("t_pages"));
    QCOMPARE(ets->rowModel()->rowCount(), 1);
}

void TestViewTools::etsPrivateTableAndOwner()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.eval("Self = self(), register(t_secret_owner, spawn(fun() -> ets:new(t_secret, [named_table, private]),"
                   " Self ! ready, receive stop -> ok end end)), receive ready -> ok end, ok."));
    EtsPage *ets = c.ets();
    QSignalSpy listed(ets, &EtsPage::tablesLoaded);
    QSignalSpy loaded(ets, &EtsPage::contentsLoaded);
    c.page->tabs()->setCurrentWidget(ets);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));
    const QString owner = c.pidOf("t_secret_owner");
    QVERIFY(ets->selectTable(QStringLiteral("t_secret")));
    QVERIFY(waitUntil([&] { return loaded.size() == 1; }, 10000));
    QCOMPARE(ets->contentsStatus()->text(), QStringLiteral("private: only its owner %1 can read it").arg(owner));
    QCOMPARE(ets->rowModel()->rowCount(), 0);

    // The owner's link opens the inspector on it.
    QVERIFY(ets->titleLabel()->text().contains(owner.toHtmlEscaped()));
    emit ets->titleLabel()->linkActivated(QStringLiteral("owner"));
    QCOMPARE(c.page->tabs()->currentWidget(), c.processes());
    QVERIFY(waitUntil([&] { return c.inspector()->currentPid() == owner; }, 10000));
    QVERIFY(c.inspector()->titleLabel()->text().contains(QLatin1String("t_secret_owner")));

    // And so does a double-click on the owner column.
    c.page->tabs()->setCurrentWidget(ets);
    const int row = ets->tableModel()->rowOfId(QStringLiteral("ac_tab")); // the application controller's
    QVERIFY(row >= 0);
    const QModelIndex cell =
        ets->tableProxy()->mapFromSource(ets->tableModel()->index(row, EtsTableModel::OwnerColumn));
    ets->tableView()->scrollTo(cell);
    const QPoint at = ets->tableView()->visualRect(cell).center();
    QTest::mouseClick(ets->tableView()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(ets->tableView()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(c.page->tabs()->currentWidget(), c.processes());
    QVERIFY(waitUntil([&] { return c.inspector()->currentPid() == c.pidOf("application_controller"); }, 10000));
}

QTEST_MAIN(TestViewTools)
#include "tst_view_tools.moc"
