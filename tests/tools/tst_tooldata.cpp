// The typed values the tool pages show, decoded from real agent replies of a real node: the only place
// that knows the shape of those replies (the pages and any other source see the values only).
#include "support/testnode.h"
#include "tools/processinfo.h"
#include "tools/processinspector.h"
#include "tools/processsection.h"
#include "tools/supervisiontree.h"

#include <QTest>

#include <algorithm>

using namespace bilby;
using namespace bilby::test;

class TestToolData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void processInfo();
    void processSections();
    void applicationList();
    void notTheseReplies();

private:
    std::unique_ptr<TestNode> m_node;
    std::unique_ptr<NodeSession> m_session;
};

void TestToolData::initTestCase()
{
    m_node = std::make_unique<TestNode>();
    QVERIFY(m_node->start());
    TestRpc rpc(m_node->name(), m_node->cookie());
    QVERIFY(rpc.connect());
    // Linked to a helper, with a dictionary entry and three messages waiting.
    QVERIFY(rpc.eval(QStringLiteral("Helper = spawn(fun() -> receive stop -> ok end end),"
                                    "register(t_inspected, spawn(fun() -> link(Helper), put(t_key, <<\"t_value\">>),"
                                    " receive go -> ok end end)),"
                                    "[t_inspected ! {t_msg, I, lists:duplicate(10000, $x)} || I <- [1, 2, 3]], ok.")));
    m_session = connectSession(*m_node);
    QCOMPARE(m_session->state(), NodeSession::State::Up);
}

void TestToolData::cleanupTestCase()
{
    m_session.reset();
    m_node.reset();
}

void TestToolData::processInfo()
{
    const Term target = ProcessInspector::target(QStringLiteral("t_inspected"));
    const auto [reply, error] = askAgent(*m_session, ProcessInspector::infoRequest(target));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto info = ProcessInfo::fromTerm(reply);
    QVERIFY(info);
    QCOMPARE(info->pid, reply.get("pid"));
    QVERIFY(info->pidText.startsWith(QLatin1String("<0.")));
    QCOMPARE(info->registeredName, QStringLiteral("t_inspected"));
    QCOMPARE(info->title(), info->pidText + QStringLiteral(" t_inspected"));
    // In reading order, itself first and not a link.
    QCOMPARE(info->fields.at(0).key, QByteArray("pid"));
    QVERIFY(!info->fields.at(0).items.at(0).isLink());
    // The linked helper is a pid to navigate to.
    const ProcessInfo::Field *links = info->field("links");
    QVERIFY(links && links->list);
    QCOMPARE(links->items.size(), 1);
    QVERIFY(links->items.at(0).isLink());
    QCOMPARE(links->items.at(0).pid, reply.get("links").at(0));
    QVERIFY(links->items.at(0).node.isEmpty());
    QCOMPARE(info->field("message_queue_len")->items.at(0).integer, std::optional<qint64>(3));
    QVERIFY(info->field("memory")->items.at(0).integer.value_or(0) > 0);
    QVERIFY(info->field("group_leader")->items.at(0).isLink());
    QVERIFY(info->field("current_function")->items.at(0).text.contains(QLatin1Char('/')));
    QVERIFY(!info->field("links_total")); // it qualifies links
    QVERIFY(!info->field("messages"));    // never read by the information request
}

void TestToolData::processSections()
{
    const Term target = ProcessInspector::target(QStringLiteral("t_inspected"));
    const auto [messages, messagesError] = askAgent(*m_session, ProcessInspector::messagesRequest(target, 100, false));
    QVERIFY2(messagesError.isEmpty(), qPrintable(messagesError));
    const auto mailbox = ProcessSection::fromTerm(ProcessSection::Kind::Messages, messages);
    QVERIFY(mailbox);
    QCOMPARE(mailbox->total, 3);
    QCOMPARE(mailbox->entries.size(), 3);
    QVERIFY(mailbox->entries.at(0).text.startsWith(QLatin1String("{t_msg,1,")));
    QVERIFY(mailbox->entries.at(0).text.size() <= 4096);
    QVERIFY(mailbox->entries.at(0).bytes > 10000);

    const auto [dict, dictError] = askAgent(*m_session, ProcessInspector::dictionaryRequest(target));
    QVERIFY2(dictError.isEmpty(), qPrintable(dictError));
    const auto dictionary = ProcessSection::fromTerm(ProcessSection::Kind::Dictionary, dict);
    QVERIFY(dictionary);
    QVERIFY(std::any_of(dictionary->entries.cbegin(), dictionary->entries.cend(), [](const ProcessSection::Entry &e) {
        return e.key == QLatin1String("t_key") && e.text == QLatin1String("t_value");
    }));

    const auto [stack, stackError] = askAgent(*m_session, ProcessInspector::stackRequest(target));
    QVERIFY2(stackError.isEmpty(), qPrintable(stackError));
    const auto frames = ProcessSection::fromTerm(ProcessSection::Kind::Stack, stack);
    QVERIFY(frames);
    QCOMPARE(frames->entries.size(), stack.items().size());
    QVERIFY(!frames->entries.isEmpty());

    const auto [state, stateError] =
        askAgent(*m_session,
                 ProcessInspector::stateRequest(ProcessInspector::target(QStringLiteral("global_name_server")), 2000));
    QVERIFY2(stateError.isEmpty(), qPrintable(stateError));
    const auto serverState = ProcessSection::fromTerm(ProcessSection::Kind::State, state);
    QVERIFY(serverState);
    QVERIFY(!serverState->text.isEmpty());
    QVERIFY(serverState->bytes > 0);
}

void TestToolData::applicationList()
{
    const auto [reply, error] = askAgent(*m_session, SupervisionTree::applicationsRequest());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto apps = SupervisionTree::applicationListFrom(reply);
    QVERIFY(apps);
    const auto kernel = std::find_if(apps->cbegin(), apps->cend(), [](const SupervisionTree::Application &a) {
        return a.name == QLatin1String("kernel");
    });
    QVERIFY(kernel != apps->cend());
    QVERIFY(kernel->top.isPid()); // its top supervisor, to read the tree from
    QVERIFY(!kernel->version.isEmpty());
}

void TestToolData::notTheseReplies()
{
    // Another agent's answer, or another request's: no value rather than a wrong one.
    const auto [pong, error] = askAgent(*m_session, Term::atom("ping"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!ProcessInfo::fromTerm(pong));
    QVERIFY(!ProcessSection::fromTerm(ProcessSection::Kind::Stack, pong));
    QVERIFY(!ProcessSection::fromTerm(ProcessSection::Kind::Messages, pong));
    QVERIFY(!SupervisionTree::applicationListFrom(pong));
}

QTEST_GUILESS_MAIN(TestToolData)
#include "tst_tooldata.moc"
