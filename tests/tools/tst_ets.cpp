// The ETS viewer (SPEC X4) on real nodes: every table, a million-row table read a page at a time
// through continuations, lookups by key, private tables, and `bilby-cli ets`.
#include "support/testnode.h"
#include "tools/etsdata.h"
#include "tools/etsviewer.h"
#include "tools/processinspector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

class TestEts : public QObject
{
    Q_OBJECT
private slots:
    void listsTables();
    void pagesAMillionRows();
    void lookupAndPrivate();
    void cli();
};

void TestEts::listsTables()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("Owner = spawn(fun() -> ets:new(t_named, [named_table, public, bag]),"
                                    " ets:insert(t_named, [{a, 1}, {a, 2}]), receive stop -> ok end end),"
                                    "register(t_owner, Owner), timer:sleep(100), ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const auto [tables, error] = askAgent(*session, EtsViewer::tablesRequest());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(tables.get("total").toInt() > 10);
    bool found = false;
    for (const Term &t : tables.get("tables").items()) {
        if (t.get("name").atomName() != "t_named")
            continue;
        found = true;
        QCOMPARE(t.get("type").atomName(), QByteArray("bag"));
        QCOMPARE(t.get("size").toInt(), 2);
        QVERIFY(t.get("memory").toInt() > 0);
        QCOMPARE(t.get("protection").atomName(), QByteArray("public"));
        QVERIFY(t.get("owner").isPid()); // navigates to the owning process
    }
    QVERIFY(found);
    // The typed list the viewer shows, decoded once from the same reply.
    const auto list = EtsTableList::fromTerm(tables);
    QVERIFY(list);
    QCOMPARE(list->total, tables.get("total").toInt());
    const auto named = std::find_if(list->tables.cbegin(), list->tables.cend(),
                                    [](const EtsTableInfo &t) { return t.idText == QLatin1String("t_named"); });
    QVERIFY(named != list->tables.cend());
    QCOMPARE(named->type, QStringLiteral("bag"));
    QCOMPARE(named->size, 2);
    QVERIFY(named->named);
    QCOMPARE(named->protection, QStringLiteral("public"));
    QVERIFY(named->owner.isPid());
    QVERIFY(named->ownerText.startsWith(QLatin1String("<0.")));
    QCOMPARE(named->ownerLabel, QStringLiteral("t_owner"));
    QVERIFY(!EtsTableList::fromTerm(Term::atom("ok")));
}

void TestEts::pagesAMillionRows()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("Owner = spawn(fun() -> receive stop -> ok end end), register(t_holder, Owner),"
                                    "T = ets:new(t_big, [named_table, public, set]),"
                                    "ets:insert(T, [{I, <<\"row\">>} || I <- lists:seq(1, 1000000)]),"
                                    "ets:give_away(T, Owner, none), ok."),
                     60000));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const Term table = EtsViewer::table(QStringLiteral("t_big"));
    // Page after page through the continuation: each one 100 rows, quickly, none repeated.
    Term continuation;
    QSet<QString> keys;
    QElapsedTimer clock;
    for (int page = 0; page < 5; ++page) {
        clock.restart();
        const auto [reply, error] = askAgent(*session, EtsViewer::pageRequest(table, continuation, 100));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Term> &rows = reply.get("rows").items();
        QCOMPARE(rows.size(), 100);
        for (const Term &row : rows)
            keys.insert(row.get("key").toQString());
        continuation = EtsViewer::continuation(reply);
        QVERIFY(!continuation.isAtom("undefined"));
        const auto typed = EtsRows::fromPage(reply);
        QVERIFY(typed && typed->next);
        QCOMPARE(typed->rows.size(), 100);
        QCOMPARE(typed->rows.at(0).key, rows.at(0).get("key").toQString());
        QVERIFY2(clock.elapsed() < 1000, "a page of a million-row table costs one page");
    }
    QCOMPARE(keys.size(), 500);
    // The last page says there is no more.
    QVERIFY(rpc.eval(QStringLiteral("T = ets:new(t_small, [named_table, public]), ets:insert(T, {1, one}),"
                                    "ets:give_away(T, whereis(t_holder), none), ok.")));
    const auto [last, lastError] =
        askAgent(*session, EtsViewer::pageRequest(EtsViewer::table(QStringLiteral("t_small")), Term(), 100));
    QVERIFY2(lastError.isEmpty(), qPrintable(lastError));
    QCOMPARE(last.get("rows").items().size(), 1);
    QCOMPARE(last.get("rows").at(0).get("text").toQString(), QStringLiteral("{1,one}"));
    const auto lastTyped = EtsRows::fromPage(last);
    QVERIFY(lastTyped);
    QVERIFY(!lastTyped->next);
    QCOMPARE(lastTyped->rows.at(0).text, QStringLiteral("{1,one}"));
    QVERIFY(lastTyped->rows.at(0).bytes > 0);
}

void TestEts::lookupAndPrivate()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(
        rpc.eval(QStringLiteral("T = ets:new(t_users, [named_table, public]), ets:insert(T, {{user, <<\"ann\">>}, 42}),"
                                "ets:give_away(T, spawn(fun() -> receive stop -> ok end end), none),"
                                "register(t_secret_owner, spawn(fun() -> ets:new(t_secret, [named_table, private]), "
                                "receive stop -> ok end end)),"
                                "timer:sleep(100), ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const auto [found, error] = askAgent(*session, EtsViewer::lookupRequest(EtsViewer::table(QStringLiteral("t_users")),
                                                                            QStringLiteral("{user, <<\"ann\">>}")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(found.get("total").toInt(), 1);
    QVERIFY(found.get("rows").at(0).get("text").toQString().endsWith(QLatin1String(",42}")));
    const auto typed = EtsRows::fromLookup(found);
    QVERIFY(typed);
    QCOMPARE(typed->total, 1);
    QCOMPARE(typed->rows.size(), 1);
    QCOMPARE(typed->rows.at(0).key, found.get("rows").at(0).get("key").toQString());
    // A key that is not a term is an error that says so; nothing is evaluated.
    const auto [bad, badError] =
        askAgent(*session, EtsViewer::lookupRequest(EtsViewer::table(QStringLiteral("t_users")),
                                                    QStringLiteral("os:cmd(\"true\")")));
    QVERIFY2(badError.contains(QLatin1String("bad_key")), qPrintable(badError));
    // A private table: why it cannot be read, and who owns it.
    const auto [secret, secretError] =
        askAgent(*session, EtsViewer::pageRequest(EtsViewer::table(QStringLiteral("t_secret")), Term(), 100));
    QVERIFY2(secretError.contains(QLatin1String("private_table")), qPrintable(secretError));
    const auto [none, noneError] =
        askAgent(*session, EtsViewer::pageRequest(EtsViewer::table(QStringLiteral("t_no_such_table")), Term(), 100));
    QVERIFY2(noneError.contains(QLatin1String("no_such_table")), qPrintable(noneError));
}

void TestEts::cli()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(
        QStringLiteral("Owner = spawn(fun() -> receive stop -> ok end end),"
                       "T = ets:new(t_cli, [named_table, public, ordered_set]),"
                       "ets:insert(T, [{I, I * I} || I <- lists:seq(1, 250)]), ets:give_away(T, Owner, none), ok.")));
    const QStringList base{QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(node.cookie()), QStringLiteral("--json")};
    const CliRun all = runCli(base + QStringList{QStringLiteral("ets")});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QVERIFY(QJsonDocument::fromJson(all.out).object().value(QStringLiteral("tables")).toArray().size() > 10);

    const CliRun third = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("t_cli"),
                                                   QStringLiteral("--page"), QStringLiteral("3")});
    QVERIFY2(third.exitCode == 0, third.err.constData());
    const QJsonObject page = QJsonDocument::fromJson(third.out).object();
    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 50); // 250 rows: the third page holds the last 50
    QCOMPARE(rows.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("201"));
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), false);

    const CliRun key = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("t_cli"),
                                                 QStringLiteral("--key"), QStringLiteral("12")});
    QVERIFY2(key.exitCode == 0, key.err.constData());
    QCOMPARE(QJsonDocument::fromJson(key.out)
                 .object()
                 .value(QStringLiteral("rows"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("text")),
             QJsonValue(QStringLiteral("{12,144}")));
}

QTEST_GUILESS_MAIN(TestEts)
#include "tst_ets.moc"
