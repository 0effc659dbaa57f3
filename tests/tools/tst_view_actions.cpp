// The node page's evaluator and node actions offscreen against real nodes (SPEC X5-X7, U5): a REPL with
// bindings, output, exceptions, history, a loop killed at its timeout, forgotten bindings and Elixir;
// garbage collection of every process with progress and cancel; old code listed and soft-purged; a remote
// shell listed and ended. Everything that changes the node asks first, is audited, and is off on a
// read-only node; a read-only agent's refusal is shown.
#include "connection/distconnection.h"
#include "shell/nodepage.h"
#include "shell/sensitivebanner.h"
#include "support/eventconsole.h"
#include "support/nodepageconsole.h"
#include "support/testnode.h"
#include "tools/evalinput.h"
#include "tools/evaltranscript.h"
#include "tools/evaluatorpage.h"
#include "tools/gcallbox.h"
#include "tools/nodeactions.h"
#include "tools/nodeactionspage.h"
#include "tools/oldcodebox.h"
#include "tools/processespage.h"
#include "tools/processinspectorview.h"
#include "tools/shellsbox.h"
#include "topology/noderegistry.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

/// A real node managed like the console manages it, and its page shown offscreen.
struct Console : NodePageConsole
{
    using NodePageConsole::NodePageConsole;
    EvaluatorPage *evaluator() const { return page->evaluatorPage(); }
    NodeActionsPage *actions() const { return page->actionsPage(); }
};

/// Evaluates @p text from the page as the user would (typed, then Ctrl+Enter) and waits for its end.
bool evaluate(EvaluatorPage *page, const QString &text, int timeoutMs = 15000)
{
    QSignalSpy done(page, &EvaluatorPage::evaluated);
    page->input()->setPlainText(text);
    QTest::keyClick(page->input(), Qt::Key_Return, Qt::ControlModifier);
    return waitUntil([&] { return !done.isEmpty(); }, timeoutMs);
}

/// The audit entries recorded so far whose text starts with @p what.
QList<Notification> audited(const QSignalSpy &spy, const QString &what)
{
    QList<Notification> out;
    for (const QList<QVariant> &args : spy) {
        const auto n = args.at(0).value<Notification>();
        if (n.text.startsWith(what))
            out.append(n);
    }
    return out;
}

using Kind = EvalTranscript::Kind;

// 2,000 idle processes, each holding garbage until it is collected.
bool spawnGarbageHolders(Console &c, int count)
{
    return c.eval(QStringLiteral("[spawn(fun() -> _ = length(lists:seq(1, 20000)), receive stop -> ok end end)"
                                 " || _ <- lists:seq(1, %1)], ok.")
                      .arg(count),
                  30000);
}

} // namespace

class TestViewActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DistConnection::initialize();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void evaluatorRepl();
    void evaluatorTimeoutAndForget();
    void evaluatorElixir();
    void hugeValue();
    void readOnlyNode();
    void agentRefusesBehindTheConsolesBack();
    void gcAllWithProgress();
    void gcAllCancelled();
    void oldCodeAndSoftPurge();
    void remoteShellEnded();
};

void TestViewActions::evaluatorRepl()
{
    Console c;
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(page->evaluateButton()->isEnabled());
    QCOMPARE(page->timeoutBox()->value(), 5);
    QCOMPARE(page->language(), Evaluator::Language::Erlang);

    // The transcript is marked sensitive, and so is its tab.
    QVERIFY(page->transcript()->property("sensitive").toBool());
    QVERIFY(page->findChild<SensitiveBanner *>());
    QVERIFY(!c.page->tabs()->tabIcon(c.page->tabs()->indexOf(page)).isNull());
    QVERIFY(page->transcript()->isReadOnly());
    QCOMPARE(page->transcript()->maximumBlockCount(), EvalTranscript::MaxBlocks);

    // One line: Enter evaluates it. The binding lives on for the next expression.
    QSignalSpy evaluated(page, &EvaluatorPage::evaluated);
    QTest::keyClicks(page->input(), QStringLiteral("X = 6*7."));
    QTest::keyClick(page->input(), Qt::Key_Return);
    QVERIFY(waitUntil([&] { return evaluated.size() == 1; }, 15000));
    QVERIFY(page->input()->toPlainText().isEmpty());
    QCOMPARE(page->bindings(), QStringList{QStringLiteral("X")});
    QVERIFY(page->bindingsLabel()->text().contains(QLatin1String("X")));
    QVERIFY(evaluate(page, QStringLiteral("X + 1.")));
    const QString text = page->transcript()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("erlang> X = 6*7.\n42\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("erlang> X + 1.\n43\n")), qPrintable(text));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("43")), int(Kind::Value));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("X + 1.")), int(Kind::Expression));

    // Several lines: Shift+Enter starts a new one, Ctrl+Enter evaluates them; what it prints is shown.
    QTest::keyClicks(page->input(), QStringLiteral("io:format(\"printed-~p~n\", [X]),"));
    QTest::keyClick(page->input(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(page->input(), QStringLiteral("Y = X * 2."));
    QCOMPARE(page->input()->document()->blockCount(), 2);
    QTest::keyClick(page->input(), Qt::Key_Return); // no evaluation: two lines need Ctrl+Enter
    QCOMPARE(evaluated.size(), 2);
    QCOMPARE(page->input()->document()->blockCount(), 3);
    QTest::keyClick(page->input(), Qt::Key_Backspace);
    QTest::keyClick(page->input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(waitUntil([&] { return evaluated.size() == 3; }, 15000));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("printed-42")), int(Kind::Output));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("84")), int(Kind::Value));
    QCOMPARE(page->bindings(), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));

    // An exception and a syntax error are shown as such.
    QVERIFY(evaluate(page, QStringLiteral("Z = 0, X / Z.")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("arithmetic")), int(Kind::Exception));
    QVERIFY(page->transcript()->toPlainText().contains(QLatin1String("** exception error")));
    QVERIFY(evaluate(page, QStringLiteral("foo(,")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("** parse error")), int(Kind::ParseError));
    QCOMPARE(page->bindings(), (QStringList{QStringLiteral("X"), QStringLiteral("Y")})); // a failure binds nothing
    QVERIFY(page->evaluateButton()->isEnabled());

    // History: Up recalls the previous expressions, newest first; Down comes back to what was typed.
    QTest::keyClicks(page->input(), QStringLiteral("draft"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("foo(,"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("Z = 0, X / Z."));
    QTest::keyClick(page->input(), Qt::Key_Down);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("foo(,"));
    QTest::keyClick(page->input(), Qt::Key_Down);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("draft"));
    QTest::keyClick(page->input(), Qt::Key_Down); // past the draft: nothing changes
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("draft"));
    // Up on the second line of a multi-line text moves the cursor; on the first it recalls.
    page->input()->setPlainText(QStringLiteral("a,\nb"));
    page->input()->moveCursor(QTextCursor::End);
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("a,\nb"));
    QTest::keyClick(page->input(), Qt::Key_Up);
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("foo(,"));
    page->input()->clear();
    page->input()->resetHistory();

    // Each evaluation is audited with its expression, never its value.
    const QList<Notification> evals = audited(audits, QStringLiteral("Evaluate (erlang): "));
    QCOMPARE(evals.size(), 5);
    QVERIFY2(evals.at(0).text.startsWith(QLatin1String("Evaluate (erlang): X = 6*7.")), qPrintable(evals.at(0).text));
    QCOMPARE(evals.at(0).severity, Notification::Severity::Notice);
    QVERIFY2(evals.at(0).details.startsWith(QLatin1String("ok (")), qPrintable(evals.at(0).details));
    QVERIFY(!evals.at(1).details.contains(QLatin1String("43")));
    QCOMPARE(evals.at(3).severity, Notification::Severity::Warning);
    QVERIFY(evals.at(3).details.startsWith(QLatin1String("exception")));
    QVERIFY(evals.at(4).details.startsWith(QLatin1String("parse error")));

    // A long expression is audited by its first 200 characters.
    const QString longExpression = QStringLiteral("length(\"%1\").").arg(QString(300, QLatin1Char('a')));
    QVERIFY(evaluate(page, longExpression));
    const Notification longOne = audited(audits, QStringLiteral("Evaluate (erlang): ")).constLast();
    QVERIFY(longOne.text.contains(longExpression.left(200)));
    QVERIFY(!longOne.text.contains(longExpression.left(201)));
}

void TestViewActions::evaluatorTimeoutAndForget()
{
    Console c;
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(evaluate(page, QStringLiteral("Kept = kept.")));
    QCOMPARE(page->bindings(), QStringList{QStringLiteral("Kept")});

    // A loop that never ends is killed at the timeout; one evaluation at a time meanwhile.
    page->timeoutBox()->setValue(1);
    QSignalSpy evaluated(page, &EvaluatorPage::evaluated);
    page->input()->setPlainText(QStringLiteral("F = fun G(N) -> G(N + 1) end, F(0)."));
    page->evaluate();
    QVERIFY(page->isRunning());
    QVERIFY(!page->evaluateButton()->isEnabled());
    QVERIFY(page->noteLabel()->text().contains(QLatin1String("Evaluating")));
    page->input()->setPlainText(QStringLiteral("1 + 1."));
    page->evaluate(); // refused while the first runs
    QVERIFY(waitUntil([&] { return evaluated.size() == 1; }, 15000));
    QVERIFY(!evaluated.at(0).at(0).toBool());
    const QString stopped = QStringLiteral("stopped after 1 s: the evaluating process was killed on the node");
    QCOMPARE(page->transcript()->kindOf(stopped), int(Kind::Exception));
    const Notification timeout = audited(audits, QStringLiteral("Evaluate (erlang): F = fun")).value(0);
    QCOMPARE(timeout.severity, Notification::Severity::Warning);
    QCOMPARE(timeout.details, stopped);
    QCOMPARE(audited(audits, QStringLiteral("Evaluate (erlang): 1 + 1")).size(), 0);

    // The page works after it, and the session's bindings survived.
    QVERIFY(page->evaluateButton()->isEnabled());
    QCOMPARE(page->input()->toPlainText(), QStringLiteral("1 + 1."));
    QVERIFY(evaluate(page, QStringLiteral("{Kept, 1 + 1}.")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("{kept,2}")), int(Kind::Value));

    // Forget bindings, like the shell's f(): audited, and the variable is unbound on the node.
    QSignalSpy forgotten(page, &EvaluatorPage::bindingsForgotten);
    QTest::mouseClick(page->forgetButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return forgotten.size() == 1; }, 10000));
    QVERIFY(page->bindings().isEmpty());
    QCOMPARE(page->bindingsLabel()->text(), QStringLiteral("Bindings: none"));
    QCOMPARE(audited(audits, QStringLiteral("Forget the evaluator's bindings (erlang)")).size(), 1);
    QVERIFY(evaluate(page, QStringLiteral("Kept.")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("unbound")), int(Kind::Exception));
}

void TestViewActions::evaluatorElixir()
{
    const QStringList paths = elixirCodePaths();
    if (paths.isEmpty())
        QFAIL("Elixir is not installed (scripts/bilby.sh deps installs it)");
    TestNode::Options options;
    options.extraArgs = QStringList{QStringLiteral("-pa")} + paths;
    Console c(options);
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(waitUntil([&] { return page->hasLanguages(); }, 10000));
    QVERIFY(page->isElixirAvailable());
    QCOMPARE(page->language(), Evaluator::Language::Erlang);
    QVERIFY(qobject_cast<QStandardItemModel *>(page->languageBox()->model())->item(1)->isEnabled());
    QVERIFY(page->setLanguage(Evaluator::Language::Elixir));
    QVERIFY(evaluate(page, QStringLiteral("x = 20\nIO.puts(\"from elixir #{x}\")\nx + 1"), 30000));
    QVERIFY2(page->transcript()->toPlainText().contains(QLatin1String("elixir> x = 20\n")),
             qPrintable(page->transcript()->toPlainText()));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("from elixir 20")), int(Kind::Output));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("21")), int(Kind::Value));
    QCOMPARE(page->bindings(), QStringList{QStringLiteral("x")});
    QVERIFY(evaluate(page, QStringLiteral("raise ArgumentError, \"bad input\"")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("(ArgumentError) bad input")), int(Kind::Exception));
    // Each language has bindings of its own.
    QVERIFY(page->setLanguage(Evaluator::Language::Erlang));
    QVERIFY(page->bindings().isEmpty());

    // Elixir installed but not running: the page starts in Erlang (above). An Elixir node (the elixir
    // application runs, as in a Mix release or iex): it starts in Elixir.
    TestNode::Options elixirOptions = options;
    elixirOptions.extraArgs += {QStringLiteral("-eval"), QStringLiteral("application:ensure_all_started(elixir)")};
    Console elixirNode(elixirOptions);
    QVERIFY(elixirNode.start());
    // The node's -eval may still be starting Elixir when the console connects; the page asks again each
    // time it is shown.
    QVERIFY(waitUntil(
        [&] {
            const auto running =
                elixirNode.rpc->eval(QStringLiteral("lists:keymember(elixir, 1, application:which_applications())."));
            return running && running->isAtom("true");
        },
        15000));
    elixirNode.page->tabs()->setCurrentWidget(elixirNode.evaluator());
    QVERIFY(waitUntil([&] { return elixirNode.evaluator()->language() == Evaluator::Language::Elixir; }, 10000));

    // A node without Elixir keeps it off.
    Console plain;
    QVERIFY(plain.start());
    QVERIFY(waitUntil([&] { return plain.evaluator()->hasLanguages(); }, 10000));
    QVERIFY(!plain.evaluator()->isElixirAvailable());
    QVERIFY(!qobject_cast<QStandardItemModel *>(plain.evaluator()->languageBox()->model())->item(1)->isEnabled());
    QVERIFY(!plain.evaluator()->setLanguage(Evaluator::Language::Elixir));
    QCOMPARE(plain.evaluator()->language(), Evaluator::Language::Erlang);
}

void TestViewActions::hugeValue()
{
    Console c;
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    c.page->tabs()->setCurrentWidget(page);
    QVERIFY(!page->copyButton()->isEnabled());
    // 100 MB on the node, 1 MB to the console, 100,000 characters on the screen, all of the 1 MB copied.
    page->timeoutBox()->setValue(30);
    QVERIFY(evaluate(page, QStringLiteral("binary:copy(<<\"a\">>, 100 * 1024 * 1024)."), 60000));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("<<\"aaaa")), int(Kind::Value));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("[value cut at 1 MB]")), int(Kind::Notice));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("showing the first 100,000 of 1,048,576 characters")),
             int(Kind::Notice));
    QVERIFY(page->transcript()->toPlainText().size() < 110000);
    QVERIFY(page->copyButton()->isEnabled());
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text().size(), 1048576);
    // The audit says it was cut, not what it was.
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QVERIFY(evaluate(page, QStringLiteral("lists:duplicate(300000, $b).")));
    QCOMPARE(audits.size(), 1);
    QVERIFY(!audits.at(0).at(0).value<Notification>().details.contains(QLatin1String("bbb")));
}

void TestViewActions::readOnlyNode()
{
    Console c;
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    NodeActionsPage *actions = c.actions();
    QVERIFY(page->evaluateButton()->isEnabled());
    QVERIFY(actions->reasonLabel()->isHidden());
    QVERIFY(actions->gcBox()->startButton()->isEnabled());
    QVERIFY(actions->oldCodeBox()->purgeButton()->isEnabled());

    // Read-only for this node: every action is off at once, with the reason; looking stays allowed.
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    c.managed->setReadOnlyOverride(ReadOnlyOverride::On);
    QVERIFY(!page->evaluateButton()->isEnabled());
    QVERIFY2(page->noteLabel()->text().contains(QLatin1String("read-only")), qPrintable(page->noteLabel()->text()));
    QVERIFY(page->evaluateButton()->toolTip().contains(QLatin1String("read-only")));
    QVERIFY(!actions->gcBox()->startButton()->isEnabled());
    QVERIFY(!actions->oldCodeBox()->purgeButton()->isEnabled());
    QVERIFY(!actions->shellsBox()->endButton()->isEnabled());
    QVERIFY(actions->gcBox()->startButton()->toolTip().contains(QLatin1String("read-only")));
    QVERIFY(!actions->reasonLabel()->isHidden());
    QVERIFY(actions->reasonLabel()->text().contains(QLatin1String("read-only")));
    QVERIFY(!actions->gcBox()->confirmStart());
    QVERIFY(!actions->oldCodeBox()->confirmPurge());
    QVERIFY(actions->oldCodeBox()->checkButton()->isEnabled());
    QVERIFY(actions->shellsBox()->refreshButton()->isEnabled());
    page->input()->setPlainText(QStringLiteral("register(t_never, self()), ok."));
    page->evaluate();
    QTest::keyClick(page->input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(page->transcript()->toPlainText().isEmpty()); // nothing sent
    // The agent confirms the switch; the listing still works read-only.
    QVERIFY(waitUntil([&] { return c.managed->session()->info().readOnly; }, 10000));
    QSignalSpy checked(actions->oldCodeBox(), &OldCodeBox::checked);
    QTest::mouseClick(actions->oldCodeBox()->checkButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return checked.size() == 1; }, 30000));
    QVERIFY(!actions->oldCodeBox()->resultLabel()->text().contains(QLatin1String("read-only")));
    QVERIFY(audited(audits, QStringLiteral("Evaluate")).isEmpty());

    // Writable again once the agent says so.
    c.managed->setReadOnlyOverride(ReadOnlyOverride::Off);
    QVERIFY(waitUntil([&] { return page->evaluateButton()->isEnabled(); }, 10000));
    QVERIFY(actions->reasonLabel()->isHidden());
    QVERIFY(evaluate(page, QStringLiteral("1000 + 2345.")));
    QCOMPARE(page->transcript()->kindOf(QStringLiteral("3345")), int(Kind::Value));
    const auto whereis = c.rpc->eval(QStringLiteral("whereis(t_never)."));
    QVERIFY(whereis && whereis->isAtom("undefined"));
}

void TestViewActions::agentRefusesBehindTheConsolesBack()
{
    Console c;
    QVERIFY(c.start());
    EvaluatorPage *page = c.evaluator();
    NodeActionsPage *actions = c.actions();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    // Switched read-only as another console could: the page does not know, the agent refuses.
    const auto [on, onError] =
        askAgent(*c.managed->session(), Term::tuple({Term::atom("set_read_only"), Term::boolean(true)}));
    QVERIFY2(onError.isEmpty(), qPrintable(onError));
    QVERIFY(page->evaluateButton()->isEnabled());
    QVERIFY(evaluate(page, QStringLiteral("register(t_should_not_exist, self()), ok.")));
    QVERIFY2(page->transcript()->toPlainText().contains(QLatin1String("** This node is read-only")),
             qPrintable(page->transcript()->toPlainText()));
    QVERIFY(!page->evaluateButton()->isEnabled());
    QVERIFY(page->noteLabel()->text().contains(QLatin1String("read-only")));
    const QList<Notification> refused = audited(audits, QStringLiteral("Evaluate (erlang): register"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).severity, Notification::Severity::Warning);
    QVERIFY(refused.at(0).details.contains(QLatin1String("read-only")));
    const auto whereis = c.rpc->eval(QStringLiteral("whereis(t_should_not_exist)."));
    QVERIFY(whereis && whereis->isAtom("undefined"));
    // The node's other actions learn it too (one gate per page: the actions page finds out on its own).
    QVERIFY(actions->gcBox()->startButton()->isEnabled());
    QSignalSpy finished(actions->gcBox(), &GcAllBox::finished);
    QMessageBox *box = actions->gcBox()->confirmStart();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(waitUntil([&] { return finished.size() == 1; }, 10000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(actions->gcBox()->resultLabel()->text().contains(QLatin1String("read-only")));
    QVERIFY(!actions->gcBox()->startButton()->isEnabled());
    QVERIFY(!actions->oldCodeBox()->purgeButton()->isEnabled());
    QCOMPARE(audited(audits, QStringLiteral("Garbage collect every process")).size(), 1);
}

void TestViewActions::gcAllWithProgress()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(spawnGarbageHolders(c, 2000));
    GcAllBox *gc = c.actions()->gcBox();
    c.page->tabs()->setCurrentWidget(c.actions());
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QSignalSpy finished(gc, &GcAllBox::finished);
    QCOMPARE(gc->batchBox()->value(), NodeActions::DefaultBatch);
    QCOMPARE(gc->pauseBox()->value(), NodeActions::DefaultPauseMs);
    QVERIFY(!gc->cancelButton()->isEnabled());
    // No made-up figures ("0 of 1 processes") before a collection says how many there are.
    QVERIFY(!gc->progressBar()->isTextVisible());

    // Asks first; Cancel there does nothing.
    gc->batchBox()->setValue(100);
    gc->pauseBox()->setValue(20);
    QTest::mouseClick(gc->startButton(), Qt::LeftButton);
    QMessageBox *box = gc->pendingConfirmation();
    QVERIFY(box && box->isVisible());
    QVERIFY2(
        box->text().contains(QStringLiteral("This collects every process on %1, 100 at a time").arg(c.managed->key())),
        qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!gc->isRunning());
    QVERIFY(waitUntil([&] { return !gc->pendingConfirmation(); }, 5000));

    box = gc->confirmStart();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(gc->isRunning());
    QVERIFY(!gc->startButton()->isEnabled());
    QVERIFY(gc->cancelButton()->isEnabled());
    QVERIFY(waitUntil([&] { return finished.size() == 1; }, 60000));
    QVERIFY(finished.at(0).at(0).toBool());
    // Progress came as the batches went, and reached the total.
    QVERIFY2(gc->progressUpdates() >= 2, qPrintable(QString::number(gc->progressUpdates())));
    QVERIFY(gc->progressBar()->maximum() >= 2000);
    QCOMPARE(gc->progressBar()->value(), gc->progressBar()->maximum());
    QVERIFY(gc->progressBar()->isTextVisible());
    const QString result = gc->resultLabel()->text();
    QVERIFY2(result.startsWith(QLatin1String("Collected ")) && result.contains(QLatin1String("freed")),
             qPrintable(result));
    QVERIFY(gc->startButton()->isEnabled());
    QVERIFY(!gc->cancelButton()->isEnabled());
    const QList<Notification> entries = audited(audits, QStringLiteral("Garbage collect every process"));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.at(0).text.contains(QLatin1String("100 at a time, 20 ms apart")));
    QCOMPARE(entries.at(0).details, result);
    QCOMPARE(audits.size(), 1);
}

void TestViewActions::gcAllCancelled()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(spawnGarbageHolders(c, 2000));
    GcAllBox *gc = c.actions()->gcBox();
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QSignalSpy finished(gc, &GcAllBox::finished);
    // 10 at a time, 100 ms apart: 20 s for the node, unless cancelled.
    gc->batchBox()->setValue(10);
    gc->pauseBox()->setValue(100);
    gc->confirmStart()->button(QMessageBox::Yes)->click();
    QVERIFY(waitUntil([&] { return gc->progressUpdates() > 0; }, 10000));
    QVERIFY(gc->progressBar()->value() < gc->progressBar()->maximum());
    QTest::mouseClick(gc->cancelButton(), Qt::LeftButton);
    QVERIFY(!gc->cancelButton()->isEnabled());
    QVERIFY(waitUntil([&] { return finished.size() == 1; }, 10000));
    QVERIFY2(gc->resultLabel()->text().startsWith(QLatin1String("Cancelled after ")),
             qPrintable(gc->resultLabel()->text()));
    QVERIFY(gc->progressBar()->value() < gc->progressBar()->maximum());
    const QList<Notification> entries = audited(audits, QStringLiteral("Garbage collect every process"));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.at(0).details.startsWith(QLatin1String("Cancelled after ")));
}

void TestViewActions::oldCodeAndSoftPurge()
{
    Console c;
    QVERIFY(c.start());
    QTemporaryDir dir;
    const QByteArray busy =
        compileErlang(dir, "t_busy_mod", "-export([loop/0]).\nloop() -> receive _ -> loop() end.\n");
    const QByteArray idle = compileErlang(dir, "t_idle_mod", "-export([f/0]).\nf() -> ok.\n");
    QVERIFY(!busy.isEmpty() && !idle.isEmpty());
    // Loading each twice leaves old code; one process still runs the old t_busy_mod.
    QVERIFY(loadBeam(*c.rpc, "t_busy_mod", busy));
    QVERIFY(c.eval(QStringLiteral("register(t_old_runner, spawn(fun t_busy_mod:loop/0)), ok.")));
    QVERIFY(loadBeam(*c.rpc, "t_busy_mod", busy));
    QVERIFY(loadBeam(*c.rpc, "t_idle_mod", idle));
    QVERIFY(loadBeam(*c.rpc, "t_idle_mod", idle));
    const QString runner = c.pidOf("t_old_runner");
    QVERIFY(!runner.isEmpty());

    OldCodeBox *old = c.actions()->oldCodeBox();
    c.page->tabs()->setCurrentWidget(c.actions());
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QSignalSpy checked(old, &OldCodeBox::checked);
    QSignalSpy purged(old, &OldCodeBox::purged);
    QTest::mouseClick(old->checkButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return checked.size() == 1; }, 30000));
    QVERIFY(old->modules().contains(QStringLiteral("t_busy_mod")));
    QVERIFY(old->modules().contains(QStringLiteral("t_idle_mod")));
    const int busyRow = int(old->modules().indexOf(QStringLiteral("t_busy_mod")));
    QTreeWidgetItem *busyItem = old->tree()->topLevelItem(busyRow);
    QCOMPARE(busyItem->childCount(), 1);
    QCOMPARE(busyItem->child(0)->text(0), runner);
    QCOMPARE(old->tree()->topLevelItem(int(old->modules().indexOf(QStringLiteral("t_idle_mod"))))->childCount(), 0);
    QVERIFY(audits.isEmpty()); // looking is not an action

    // The process still running old code opens in the inspector.
    emit old->tree()->itemActivated(busyItem->child(0), 0);
    QCOMPARE(c.page->tabs()->currentWidget(), c.page->processesPage());
    QVERIFY(waitUntil([&] { return c.page->processesPage()->inspector()->currentPid() == runner; }, 10000));

    // Soft purge, confirmed: the idle module's old code goes, the busy one's stays with its process.
    c.page->tabs()->setCurrentWidget(c.actions());
    QMessageBox *box = old->confirmPurge();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("never kills a process")));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(waitUntil([&] { return purged.size() == 1; }, 60000));
    QVERIFY(purged.at(0).at(0).toBool());
    const QString result = old->resultLabel()->text();
    QVERIFY2(result.contains(QLatin1String("Purged ")) && result.contains(QLatin1String("t_idle_mod")),
             qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("Kept t_busy_mod")), qPrintable(result));
    QCOMPARE(old->tree()->topLevelItem(int(old->modules().indexOf(QStringLiteral("t_idle_mod"))))->text(1),
             QStringLiteral("purged"));
    QCOMPARE(old->tree()->topLevelItem(int(old->modules().indexOf(QStringLiteral("t_busy_mod"))))->child(0)->text(0),
             runner);
    const QList<Notification> entries = audited(audits, QStringLiteral("Soft purge old code"));
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.at(0).details.contains(QLatin1String("t_idle_mod")));
    QVERIFY(
        entries.at(0).details.contains(QStringLiteral("Kept t_busy_mod: its old code still runs in %1").arg(runner)));
    const auto alive = c.rpc->eval(QStringLiteral("is_process_alive(whereis(t_old_runner))."));
    QVERIFY(alive && alive->isAtom("true"));
    // The kept module's process is a link too.
    c.page->inspectProcess(QStringLiteral("init"));
    QVERIFY(waitUntil([&] { return c.page->processesPage()->inspector()->currentPid() == c.pidOf("init"); }, 10000));
    emit old->resultLabel()->linkActivated(runner);
    QVERIFY(waitUntil([&] { return c.page->processesPage()->inspector()->currentPid() == runner; }, 10000));
}

void TestViewActions::remoteShellEnded()
{
    Console c;
    QVERIFY(c.start());
    RemoteShell shell(RemoteShell::Kind::Erlang, c.node);
    QString error;
    QVERIFY2(shell.start(&error), qPrintable(error));
    ShellsBox *shells = c.actions()->shellsBox();
    c.page->tabs()->setCurrentWidget(c.actions());
    QSignalSpy audits(c.managed, &ManagedNode::actionRecorded);
    QSignalSpy listed(shells, &ShellsBox::listed);
    QSignalSpy ended(shells, &ShellsBox::ended);
    QVERIFY(!shells->endButton()->isEnabled()); // nothing selected
    QTest::mouseClick(shells->refreshButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));
    QCOMPARE(shells->servers().size(), 1);
    const QTreeWidgetItem *row = shells->tree()->topLevelItem(0);
    QCOMPARE(row->text(ShellsBox::RemoteColumn), QStringLiteral("remote"));
    QVERIFY(row->text(ShellsBox::FromColumn) != c.managed->key());
    QVERIFY(row->text(ShellsBox::ServerColumn).startsWith(QLatin1String("<0.")));
    QVERIFY(!row->text(ShellsBox::FunctionColumn).isEmpty());
    const QString server = shells->servers().at(0);
    const QString evaluator = row->text(ShellsBox::EvaluatorColumn);

    // Double-click opens the evaluator (or the server) in the inspector.
    emit shells->tree()->itemActivated(shells->tree()->topLevelItem(0), ShellsBox::EvaluatorColumn);
    QVERIFY(waitUntil([&] { return c.page->processesPage()->inspector()->currentPid() == evaluator; }, 10000));
    c.page->tabs()->setCurrentWidget(c.actions());

    // End it, confirmed with the remote user's loss spelled out.
    QVERIFY(shells->select(server));
    QVERIFY(shells->endButton()->isEnabled());
    QTest::mouseClick(shells->endButton(), Qt::LeftButton);
    QMessageBox *box = shells->pendingConfirmation();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(server));
    QVERIFY2(box->informativeText().contains(QLatin1String("remote shell")) &&
                 box->informativeText().contains(QLatin1String("loses the shell session")),
             qPrintable(box->informativeText()));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(waitUntil([&] { return ended.size() == 1; }, 10000));
    QVERIFY(ended.at(0).at(0).toBool());
    QVERIFY(waitUntil([&] { return listed.size() == 2; }, 10000));
    QVERIFY(shells->servers().isEmpty());
    QVERIFY2(shells->statusLabel()->text().contains(QLatin1String("killed")),
             qPrintable(shells->statusLabel()->text()));
    const auto alive = c.rpc->eval(QStringLiteral("is_process_alive(list_to_pid(\"%1\")).").arg(evaluator));
    QVERIFY(alive && alive->isAtom("false"));
    const QList<Notification> entries = audited(audits, QStringLiteral("End shell %1").arg(server));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).severity, Notification::Severity::Notice);
}

QTEST_MAIN(TestViewActions)
#include "tst_view_actions.moc"
