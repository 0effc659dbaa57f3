// The evaluator (SPEC X5) on real nodes: Erlang and Elixir expressions, bindings kept per session,
// output captured rather than printed on the node, a loop that never ends killed at its timeout, a
// 100 MB result cut at 1 MB, refused by a read-only agent, and `bilby-cli eval`.
#include "support/eventconsole.h"
#include "support/testnode.h"
#include "tools/evaluator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

using Language = Evaluator::Language;

struct Evaluation
{
    std::optional<EvalResult> result;
    ConnectionError error;
};

Evaluation evaluate(NodeSession &session, const QString &text, Language language = Language::Erlang,
                    int timeoutMs = Evaluator::DefaultTimeoutMs)
{
    Evaluation out;
    bool done = false;
    session.request(Evaluator::request(language, text), timeoutMs, Evaluator::ReplyMaxBytes, &session,
                    [&](const Term &value, const ConnectionError &e) {
                        out.error = e;
                        if (!e.isError())
                            out.result = EvalResult::fromTerm(value);
                        done = true;
                    });
    waitUntil([&] { return done; }, timeoutMs + 10000);
    return out;
}

qint64 processCount(TestRpc &rpc)
{
    const auto n = rpc.eval(QStringLiteral("erlang:system_info(process_count)."));
    return n ? n->toInt(-1) : -1;
}

} // namespace

class TestEval : public QObject
{
    Q_OBJECT
private slots:
    void erlangValueBindingsAndOutput();
    void errorsAreResults();
    void loopKilledAtTimeout();
    void hugeResultIsCut();
    void readOnlyAgentRefuses();
    void elixirNode();
    void cliEval();
};

void TestEval::erlangValueBindingsAndOutput()
{
    TestNode::Options nodeOptions;
    nodeOptions.captureOutput = true;
    TestNode node(nodeOptions);
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);

    const auto first = evaluate(*session, QStringLiteral("X = 6 * 7, io:format(\"printed-by-eval ~p~n\", [X]), X"));
    QVERIFY2(first.result, qPrintable(first.error.message));
    QCOMPARE(first.result->status, EvalResult::Status::Ok);
    QCOMPARE(first.result->value, QStringLiteral("42"));
    QCOMPARE(first.result->output, QStringLiteral("printed-by-eval 42\n"));
    QCOMPARE(first.result->bindings, QStringList{QStringLiteral("X")});

    // The binding lives on for this session's next expression.
    const auto second = evaluate(*session, QStringLiteral("Y = X + 1."));
    QVERIFY(second.result);
    QCOMPARE(second.result->value, QStringLiteral("43"));
    QCOMPARE(second.result->bindings, (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));

    // Another session (another console) has bindings of its own.
    auto other = connectSession(node);
    const auto unbound = evaluate(*other, QStringLiteral("X."));
    QVERIFY(unbound.result);
    QCOMPARE(unbound.result->status, EvalResult::Status::Exception);
    QVERIFY2(unbound.result->value.contains(QLatin1String("unbound")), qPrintable(unbound.result->value));

    // Forgetting them, like the shell's f().
    bool forgot = false;
    session->request(Evaluator::forgetRequest(Language::Erlang), 5000, session.get(),
                     [&](const Term &, const ConnectionError &e) { forgot = !e.isError(); });
    QVERIFY(waitUntil([&] { return forgot; }, 5000));
    const auto after = evaluate(*session, QStringLiteral("X."));
    QVERIFY(after.result);
    QCOMPARE(after.result->status, EvalResult::Status::Exception);

    // The expression's output came back to the console, not to the node's standard output: a line the
    // node prints on its own afterwards is there, the expression's is not.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("io:format(user, \"node-own-line~n\", []).")));
    QByteArray stdoutText;
    QVERIFY(waitUntil(
        [&] {
            stdoutText += node.readOutput();
            return stdoutText.contains("node-own-line");
        },
        5000));
    QVERIFY2(!stdoutText.contains("printed-by-eval"), stdoutText.constData());
}

void TestEval::errorsAreResults()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);

    const auto syntax = evaluate(*session, QStringLiteral("foo(,"));
    QVERIFY(syntax.result);
    QCOMPARE(syntax.result->status, EvalResult::Status::ParseError);
    QVERIFY2(syntax.result->value.contains(QLatin1String("syntax error")), qPrintable(syntax.result->value));

    const auto badarith = evaluate(*session, QStringLiteral("A = 1, A / 0."));
    QVERIFY(badarith.result);
    QCOMPARE(badarith.result->status, EvalResult::Status::Exception);
    QVERIFY2(badarith.result->value.contains(QLatin1String("arithmetic")), qPrintable(badarith.result->value));
    // A failed expression binds nothing.
    QVERIFY(badarith.result->bindings.isEmpty());

    // Reading from standard input gets end of file: the evaluator has no keyboard, and does not wait.
    const auto read = evaluate(*session, QStringLiteral("io:get_line(\"prompt> \")."));
    QVERIFY(read.result);
    QCOMPARE(read.result->value, QStringLiteral("eof"));
}

void TestEval::loopKilledAtTimeout()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const qint64 before = processCount(rpc);

    const auto loop = evaluate(*session, QStringLiteral("F = fun G(N) -> G(N + 1) end, F(0)."), Language::Erlang, 1000);
    QVERIFY(!loop.result);
    QCOMPARE(loop.error.kind, ConnectionError::Kind::Timeout);

    // The evaluating process (and its output capture) are gone; the agent answers as before.
    QVERIFY(waitUntil([&] { return processCount(rpc) <= before; }, 5000));
    const auto after = evaluate(*session, QStringLiteral("1 + 1."));
    QVERIFY(after.result);
    QCOMPARE(after.result->value, QStringLiteral("2"));
}

void TestEval::hugeResultIsCut()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);

    const auto huge =
        evaluate(*session, QStringLiteral("binary:copy(<<\"a\">>, 100 * 1024 * 1024)."), Language::Erlang, 30000);
    QVERIFY2(huge.result, qPrintable(huge.error.message));
    QCOMPARE(huge.result->status, EvalResult::Status::Ok);
    QVERIFY(huge.result->truncated);
    QCOMPARE(huge.result->value.size(), qsizetype(huge.result->valueMax));
    QCOMPARE(huge.result->valueMax, qint64(1024 * 1024));
    QVERIFY(huge.result->value.startsWith(QLatin1String("<<\"aaaa")));

    // A binding to it is kept (binaries are shared, not copied into the agent's state).
    const auto bound = evaluate(*session, QStringLiteral("B = binary:copy(<<0>>, 100 * 1024 * 1024), ok."));
    QVERIFY(bound.result);
    QCOMPARE(bound.result->bindings, QStringList{QStringLiteral("B")});
    const auto size = evaluate(*session, QStringLiteral("byte_size(B)."));
    QVERIFY(size.result);
    QCOMPARE(size.result->value, QString::number(100 * 1024 * 1024));

    // A list that outgrows the request's heap is stopped there, and said so.
    const auto heap = evaluate(*session, QStringLiteral("lists:seq(1, 100000000)."), Language::Erlang, 30000);
    QVERIFY(!heap.result);
    QCOMPARE(heap.error.reason, QStringLiteral("heap_limit"));
    QVERIFY(evaluate(*session, QStringLiteral("ok.")).result);
}

void TestEval::readOnlyAgentRefuses()
{
    TestNode node;
    QVERIFY(node.start());
    NodeSession::Options options;
    options.readOnly = true;
    auto session = connectSession(node, options);
    QVERIFY(session->info().readOnly);

    // Sent straight to the agent, as any client could: refused on the node, nothing evaluated.
    const auto refused = evaluate(*session, QStringLiteral("register(t_should_not_exist, self()), ok."));
    QVERIFY(!refused.result);
    QCOMPARE(refused.error.reason, QStringLiteral("read_only"));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto where = rpc.eval(QStringLiteral("whereis(t_should_not_exist)."));
    QVERIFY(where && where->isAtom("undefined"));
}

void TestEval::elixirNode()
{
    const QStringList paths = elixirCodePaths();
    if (paths.isEmpty())
        QFAIL("Elixir is not installed (scripts/bilby.sh deps installs it)");
    TestNode::Options nodeOptions;
    nodeOptions.extraArgs = QStringList{QStringLiteral("-pa")} + paths;
    TestNode node(nodeOptions);
    QVERIFY(node.start());
    auto session = connectSession(node);

    const auto languages = askAgent(*session, Evaluator::languagesRequest());
    QCOMPARE(languages.first, Term::list({Term::atom("erlang"), Term::atom("elixir")}));
    const auto decoded = Evaluator::Languages::fromTerm(languages.first);
    QVERIFY(decoded && decoded->has(Language::Elixir));
    QCOMPARE(decoded->preferred(), Language::Erlang);

    const auto first =
        evaluate(*session, QStringLiteral("x = 20\nIO.puts(\"from elixir #{x}\")\nx + 1"), Language::Elixir, 15000);
    QVERIFY2(first.result, qPrintable(first.error.message));
    QCOMPARE(first.result->status, EvalResult::Status::Ok);
    QCOMPARE(first.result->value, QStringLiteral("21"));
    QCOMPARE(first.result->output, QStringLiteral("from elixir 20\n"));
    QCOMPARE(first.result->bindings, QStringList{QStringLiteral("x")});

    const auto second = evaluate(*session, QStringLiteral("%{total: x * 2}"), Language::Elixir, 15000);
    QVERIFY(second.result);
    QCOMPARE(second.result->value, QStringLiteral("%{total: 40}"));

    const auto raised = evaluate(*session, QStringLiteral("raise ArgumentError, \"bad input\""), Language::Elixir);
    QVERIFY(raised.result);
    QCOMPARE(raised.result->status, EvalResult::Status::Exception);
    QVERIFY2(raised.result->value.contains(QLatin1String("(ArgumentError) bad input")),
             qPrintable(raised.result->value));

    // A node without Elixir says so instead of failing obscurely.
    TestNode plain;
    QVERIFY(plain.start());
    auto plainSession = connectSession(plain);
    const auto plainLanguages = askAgent(*plainSession, Evaluator::languagesRequest()).first;
    QCOMPARE(plainLanguages, Term::list({Term::atom("erlang")}));
    QVERIFY(!Evaluator::Languages::fromTerm(plainLanguages)->has(Language::Elixir));
    QVERIFY(!Evaluator::Languages::fromTerm(Term::atom("erlang")));
    const auto missing = evaluate(*plainSession, QStringLiteral("1 + 1"), Language::Elixir);
    QVERIFY(missing.result);
    QCOMPARE(missing.result->status, EvalResult::Status::ParseError);
    QVERIFY(missing.result->value.contains(QLatin1String("Elixir is not available")));
}

void TestEval::cliEval()
{
    TestNode node;
    QVERIFY(node.start());
    const QStringList base{QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(node.cookie())};

    const CliRun json = runCli(
        base + QStringList{QStringLiteral("eval"), QStringLiteral("lists:sum([1,2,3])."), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("value")).toString(), QStringLiteral("6"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("node")).toString(), node.name().toString());

    const CliRun text =
        runCli(base + QStringList{QStringLiteral("eval"), QStringLiteral("io:format(\"hello~n\"), done")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("hello\ndone\n"));

    // An exception is the expression's failure: exit 1, the error on standard error.
    const CliRun failed = runCli(base + QStringList{QStringLiteral("eval"), QStringLiteral("error(boom).")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("boom"), failed.err.constData());

    const CliRun slow = runCli(base + QStringList{QStringLiteral("eval"), QStringLiteral("timer:sleep(infinity)."),
                                                  QStringLiteral("--timeout"), QStringLiteral("500")});
    QCOMPARE(slow.exitCode, 1);
    QVERIFY2(slow.err.contains("too long"), slow.err.constData());

    const CliRun refused =
        runCli(base + QStringList{QStringLiteral("eval"), QStringLiteral("ok."), QStringLiteral("--read-only")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("read-only"), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
