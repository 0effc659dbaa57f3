// Round trips through a real Erlang runtime: terms built and encoded by erl, decoded and re-encoded here,
// then decoded and compared by the same erl process (pids, refs and funs only compare equal inside it).
#include "term/term.h"
#include "term/termcodec.h"
#include "term/termformat.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using bilby::Term;
namespace TermCodec = bilby::TermCodec;

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int TotalTimeoutMs = 120000; // generous: sanitizer builds are slow
constexpr int StopTimeoutMs = 5000;

// Prints "N HEX" for every term in three encodings (minor versions 0, 1, 2: old floats, latin1 and UTF-8 atoms),
// then "end"; afterwards answers each "N HEX" line read from stdin with "ok N", "mismatch N" or "badarg N".
const char *const ErlangProgram = R"erl(
io:setopts([binary]),
Terms = [hello, 'hello world', list_to_atom([104,233,108,108,111]), list_to_atom([26085,26412]), '',
    list_to_atom(lists:duplicate(255, 26085)),
    0, 255, 256, -1, 2147483647, -2147483648, 2147483648, 1 bsl 63, -(1 bsl 63), 1 bsl 64, -(1 bsl 64),
    1 bsl 1000, -(1 bsl 1000), 1 bsl 5000,
    0.0, 1.0, -1.5, 0.1, 1.0e300, -2.5e-7, 5.0e-324,
    <<>>, <<1,2,3>>, <<"text">>, <<5:3>>, <<1,2:3>>, binary:copy(<<7>>, 100000),
    [], "hello", [104,233], [26085,26412], lists:seq(1, 70000), lists:duplicate(65535, $x), [1,2|3], [a|b],
    [[]|[]], [1.5, [<<"x">>, {}] | <<"tail">>],
    {}, {a}, list_to_tuple(lists:seq(1, 300)), {ok, {nested, [#{}]}},
    #{}, #{a => 1, <<"b">> => [2], 3 => #{c => {d}}, "s" => 4.5, {k} => #{[] => <<>>}},
    maps:from_list([{I, I * I} || I <- lists:seq(1, 100)]),
    self(), hd(erlang:ports()), make_ref(), alias(), erlang:monitor(process, self()),
    fun(X) -> X + 1 end, (fun() -> Y = 42, fun(Z) -> Y + Z end end)(), fun lists:map/2, fun erlang:self/0,
    [{self(), make_ref()}, #{pid => self(), port => hd(erlang:ports())}]],
N = length(Terms),
lists:foreach(fun(I) ->
        T = lists:nth(I, Terms),
        [io:put_chars([integer_to_binary(I), " ", binary:encode_hex(term_to_binary(T, [{minor_version, V}])), "\n"])
         || V <- [0, 1, 2]]
    end, lists:seq(1, N)),
io:put_chars("end\n"),
Loop = fun Loop() ->
    case io:get_line('') of
        eof -> halt(0);
        <<"quit\n">> -> halt(0);
        Line ->
            [IB, Hex] = binary:split(string:trim(Line), <<" ">>),
            I = binary_to_integer(IB),
            Result = try binary_to_term(binary:decode_hex(Hex)) of
                         T -> case T =:= lists:nth(I, Terms) of true -> <<"ok">>; false -> <<"mismatch">> end
                     catch _:_ -> <<"badarg">>
                     end,
            io:put_chars([Result, " ", IB, "\n"]),
            Loop()
    end
end,
Loop().
)erl";

} // namespace

class TestTermNode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrips();
    void cleanup();

private:
    bool readLine(QByteArray *line);
    QString diagnostics() const;

    QString m_erl;
    std::unique_ptr<QProcess> m_process;
    QDeadlineTimer m_deadline;
};

void TestTermNode::initTestCase()
{
    m_erl = QStandardPaths::findExecutable(QStringLiteral("erl"));
    if (m_erl.isEmpty())
        QSKIP("erl is not on PATH");
}

bool TestTermNode::readLine(QByteArray *line)
{
    while (!m_process->canReadLine()) {
        if (m_deadline.hasExpired() || m_process->state() != QProcess::Running)
            return false;
        m_process->waitForReadyRead(int(qMin<qint64>(m_deadline.remainingTime(), 1000)));
    }
    *line = m_process->readLine().trimmed();
    return true;
}

QString TestTermNode::diagnostics() const
{
    return QString::fromUtf8(m_process->readAllStandardError().left(2000));
}

void TestTermNode::roundTrips()
{
    m_deadline = QDeadlineTimer(TotalTimeoutMs);
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_erl);
    m_process->setArguments({QStringLiteral("-noshell"), QStringLiteral("-eval"), QString::fromUtf8(ErlangProgram)});
    m_process->start();
    QVERIFY2(m_process->waitForStarted(StartTimeoutMs), qPrintable(m_process->errorString()));

    struct Encoded
    {
        int index;
        QByteArray bytes;
    };
    QList<Encoded> encoded;
    QByteArray line;
    while (true) {
        QVERIFY2(readLine(&line), qPrintable(QStringLiteral("erl stopped or timed out: ") + diagnostics()));
        if (line == "end")
            break;
        const qsizetype space = line.indexOf(' ');
        QVERIFY2(space > 0, line.left(200).constData());
        encoded.append({line.left(space).toInt(), QByteArray::fromHex(line.mid(space + 1))});
    }
    QVERIFY(encoded.size() > 150);

    for (const Encoded &e : encoded) {
        const QByteArray context = "term " + QByteArray::number(e.index) + ": " + e.bytes.left(40).toHex();
        TermCodec::DecodeError error;
        const std::optional<Term> term = TermCodec::decode(e.bytes, &error);
        QVERIFY2(term.has_value(), qPrintable(QString::fromUtf8(context) + QStringLiteral(": ") + error.message));
        // The same payload without its version byte, as ei_rpc hands it over.
        const std::optional<Term> bare = TermCodec::decode(e.bytes.mid(1), &error, false);
        QVERIFY2(bare.has_value(), context.constData());
        QCOMPARE(*bare, *term);

        const QByteArray again = TermCodec::encode(*term);
        QCOMPARE(TermCodec::decode(again).value_or(Term::atom("failed")), *term);
        m_process->write(QByteArray::number(e.index) + ' ' + again.toHex() + '\n');
        QVERIFY(m_process->waitForBytesWritten(int(qMax<qint64>(m_deadline.remainingTime(), 1))));
        QVERIFY2(readLine(&line), qPrintable(QStringLiteral("no answer: ") + diagnostics()));
        QCOMPARE(line, "ok " + QByteArray::number(e.index));
    }

    // The checker itself must be able to say no.
    m_process->write("1 " + TermCodec::encode(Term::atom("not_hello")).toHex() + '\n');
    QVERIFY(readLine(&line));
    QCOMPARE(line, QByteArray("mismatch 1"));

    // Spot checks of what the decoder made of some of them (indexes follow the Erlang list).
    auto first = [&encoded](int index) {
        for (const Encoded &e : encoded) {
            if (e.index == index)
                return TermCodec::decode(e.bytes).value_or(Term());
        }
        return Term();
    };
    QCOMPARE(first(3), Term::atom("h\xC3\xA9llo"));
    QCOMPARE(first(4).toQString(), QStringLiteral("\u65E5\u672C"));
    QCOMPARE(first(14).type(), Term::Type::BigInteger);
    QCOMPARE(first(15), Term::integer(std::numeric_limits<qint64>::min()));
    QCOMPARE(bilby::TermFormat::toErlang(first(18)).size(), 302);
    QCOMPARE(first(31).bitsInLastByte(), 3);
    QCOMPARE(first(37).toQString(), QStringLiteral("\u65E5\u672C"));
    QVERIFY(first(51).isPid());
    QCOMPARE(first(51).identifier().node, QByteArray("nonode@nohost"));
    QCOMPARE(first(56).type(), Term::Type::Fun);
    QCOMPARE(first(58), Term::exportFun("lists", "map", 2));

    m_process->write("quit\n");
    QVERIFY(m_process->waitForFinished(StopTimeoutMs));
    QCOMPARE(m_process->exitCode(), 0);
}

void TestTermNode::cleanup()
{
    // Ends only the erl this test started, by its own handle, and never waits without a limit.
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
    }
    m_process.reset();
}

QTEST_GUILESS_MAIN(TestTermNode)
#include "tst_termnode.moc"
