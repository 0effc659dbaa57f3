// The term type, the external term format codec and the text/JSON renderings, without a running node.
#include "term/term.h"
#include "term/termcodec.h"
#include "term/termformat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using bilby::Term;
namespace TermCodec = bilby::TermCodec;
namespace TermFormat = bilby::TermFormat;

Q_DECLARE_METATYPE(bilby::Term)

namespace bilby {
// Found by QCOMPARE through argument-dependent lookup: failures print the term, not "<unknown>".
char *toString(const Term &term)
{
    return qstrdup(TermFormat::toErlang(term, 400).toUtf8().constData());
}
} // namespace bilby

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text); // spaces are skipped
}

Term a(const char *name)
{
    return Term::atom(name);
}

Term i(qint64 v)
{
    return Term::integer(v);
}

Term big(bool negative, const char *magnitudeHexLE)
{
    return Term::bigInteger(negative, hex(magnitudeHexLE));
}

Term::Identifier ident(const char *node, quint32 creation, const QList<quint32> &ids)
{
    return Term::Identifier{QByteArray(node), creation, ids};
}

// A fun as OTP 25 encodes `fun(X) -> X end` in module tgen (NEW_FUN_EXT, without the version byte).
const char *const newFunHex =
    "7000000048011C94F060595CDF37CC2CE462E78269A700000000000000006400047467656E61006200E4A7835864"
    "000D6E6F6E6F6465406E6F686F7374000000090000000000000000";
// FUN_EXT, built by hand: no free variables, creator <0.9.0>, module m, index 1, uniq 2.
const char *const oldFunHex = "75 00000000 58 64000161 00000009 00000000 00000000 6400016D 6101 6102";

Term sample()
{
    return Term::tuple({a("ok"),
                        Term::map({{a("k"), Term::list({i(1), big(false, "0000000000000000 01")})},
                                   {Term::binary("b"), Term::floating(0.5)}}),
                        Term::improperList({a("x")}, a("y")), Term::pid(ident("n@h", 3, {7, 0})),
                        Term::bitString(hex("FFE0"), 3), Term::fun(hex(newFunHex))});
}

} // namespace

class TestTermCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
    void semantics();
    void malformed_data();
    void malformed();
    void everyTruncationFails();
    void consumedAndVersion();
    void depthBombs();
    void hugeClaimsFailFast();
    void randomGarbage();
    void toErlang_data();
    void toErlang();
    void toErlangCut();
    void mfa();
    void toJson_data();
    void toJson();
};

void TestTermCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Term>("expected");
    auto row = [](const char *name, const char *bytes, const Term &t) { QTest::newRow(name) << hex(bytes) << t; };
    row("small int", "83 61 05", i(5));
    row("integer", "83 62 0000012C", i(300));
    row("negative integer", "83 62 FFFFFFFF", i(-1));
    row("int32 min", "83 62 80000000", i(-2147483648LL));
    row("small big fits", "83 6E 04 00 00000080", i(2147483648LL));
    row("small big leading zeros", "83 6E 04 00 05000000", i(5));
    row("small big zero", "83 6E 00 01", i(0));
    row("small big int64 min", "83 6E 08 01 0000000000000080", i(std::numeric_limits<qint64>::min()));
    row("small big 2^63", "83 6E 08 00 0000000000000080", big(false, "0000000000000080"));
    row("negative big 2^64", "83 6E 09 01 000000000000000001", big(true, "000000000000000001"));
    row("large big", "83 6F 00000002 01 FFFF", i(-65535));
    row("new float", "83 46 3FB999999999999A", Term::floating(0.1));
    row("old float", "83 63 312E3530303030303030303030303030303030303030652B30300000000000", Term::floating(1.5));
    row("atom latin1", "83 64 0005 68656C6C6F", a("hello"));
    row("atom latin1 accent", "83 64 0005 68E96C6C6F", a("h\xC3\xA9llo"));
    row("small atom latin1", "83 73 02 68E9", a("h\xC3\xA9"));
    row("atom utf8", "83 76 0006 E697A5E69CAC", a("\xE6\x97\xA5\xE6\x9C\xAC"));
    row("small atom utf8", "83 77 06 E697A5E69CAC", a("\xE6\x97\xA5\xE6\x9C\xAC"));
    row("empty tuple", "83 68 00", Term::tuple({}));
    row("small tuple", "83 68 02 6400016161 01", Term::tuple({a("a"), i(1)}));
    row("large tuple", "83 69 00000002 6101 6102", Term::tuple({i(1), i(2)}));
    row("nested map", "83 74 00000002 6400016161 01 6D0000000162 74 00000001 640001 63 6B000101",
        Term::map({{a("a"), i(1)}, {Term::binary("b"), Term::map({{a("c"), Term::list({i(1)})}})}}));
    row("nil", "83 6A", Term());
    row("string", "83 6B 0003 616263", Term::charList("abc"));
    row("list", "83 6C 00000002 6400016162000001 00 6A", Term::list({a("a"), i(256)}));
    row("improper list", "83 6C 00000002 6101 6102 6103", Term::improperList({i(1), i(2)}, i(3)));
    row("list tail chain", "83 6C00000001 6101 6C00000001 6102 6A", Term::list({i(1), i(2)}));
    row("string tail", "83 6C00000001 6101 6B0002 6162", Term::list({i(1), i(97), i(98)}));
    row("binary", "83 6D 00000003 010203", Term::binary(hex("010203")));
    row("empty binary", "83 6D 00000000", Term::binary({}));
    row("bitstring 3 bits", "83 4D 00000001 03 A0", Term::bitString(hex("A0"), 3));
    row("bitstring 2 bytes", "83 4D 00000002 03 0140", Term::bitString(hex("0140"), 3));
    row("bitstring unused bits cleared", "83 4D 00000001 03 BF", Term::bitString(hex("A0"), 3));
    row("bitstring 8 bits", "83 4D 00000002 08 0102", Term::binary(hex("0102")));
    row("pid", "83 58 64000D6E6F6E6F6465406E6F686F7374 0000000C 00000000 00000000",
        Term::pid(ident("nonode@nohost", 0, {12, 0})));
    row("old pid", "83 67 7703 6140 62 00000001 00000002 03", Term::pid(ident("a@b", 3, {1, 2})));
    row("old port", "83 66 640003 614062 00000005 02", Term::port(ident("a@b", 2, {5, 0})));
    row("new port", "83 59 770361 4062 00000005 00000007", Term::port(ident("a@b", 7, {5, 0})));
    row("v4 port", "83 78 770361 4062 00000001 00000005 00000007", Term::port(ident("a@b", 7, {5, 1})));
    row("old ref", "83 65 640003614062 00000009 01", Term::reference(ident("a@b", 1, {9})));
    row("new ref", "83 72 0002 640003614062 01 00000001 00000002", Term::reference(ident("a@b", 1, {1, 2})));
    row("newer ref", "83 5A 0003 640003614062 00000004 00000001 00000002 00000003",
        Term::reference(ident("a@b", 4, {1, 2, 3})));
    row("newer ref 5 words", "83 5A 0005 7703614062 00000004 00000001 00000002 00000003 00000004 00000005",
        Term::reference(ident("a@b", 4, {1, 2, 3, 4, 5})));
    row("new fun", (QByteArray("83") + newFunHex).constData(), Term::fun(hex(newFunHex)));
    row("old fun", (QByteArray("83") + oldFunHex).constData(), Term::fun(hex(oldFunHex)));
    row("export", "83 71 6400056C69737473 6400036D6170 6102", Term::exportFun("lists", "map", 2));
}

void TestTermCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Term, expected);
    TermCodec::DecodeError error;
    const std::optional<Term> t = TermCodec::decode(bytes, &error);
    QVERIFY2(t.has_value(), qPrintable(error.message));
    QCOMPARE(*t, expected);
    QCOMPARE(t->type(), expected.type());
    // Opaque values must come back out byte for byte.
    if (t->type() == Term::Type::Fun)
        QCOMPARE(TermCodec::encode(*t), bytes);
}

void TestTermCodec::encode_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<QByteArray>("bytes");
    auto row = [](const char *name, const Term &t, const char *bytes) { QTest::newRow(name) << t << hex(bytes); };
    row("small int", i(255), "83 61 FF");
    row("integer", i(-1), "83 62 FFFFFFFF");
    row("int32 max", i(2147483647), "83 62 7FFFFFFF");
    row("int beyond int32", i(2147483648LL), "83 6E 04 00 00000080");
    row("int64 min", i(std::numeric_limits<qint64>::min()), "83 6E 08 01 0000000000000080");
    row("big", big(true, "000000000000000001"), "83 6E 09 01 000000000000000001");
    row("float", Term::floating(1.0), "83 46 3FF0000000000000");
    row("atom", a("hello"), "83 77 05 68656C6C6F");
    row("unicode atom", a("h\xC3\xA9"), "83 77 03 68C3A9");
    row("nil", Term(), "83 6A");
    row("string", Term::charList("abc"), "83 6B 0003 616263");
    row("list", Term::list({a("a"), i(256)}), "83 6C 00000002 770161 62 00000100 6A");
    row("improper byte list", Term::improperList({i(1)}, i(2)), "83 6C 00000001 6101 6102");
    row("tuple", Term::tuple({i(1)}), "83 68 01 6101");
    row("map", Term::map({{a("a"), i(1)}}), "83 74 00000001 770161 6101");
    row("binary", Term::binary("ab"), "83 6D 00000002 6162");
    row("bitstring", Term::bitString(hex("0140"), 3), "83 4D 00000002 03 0140");
    row("pid", Term::pid(ident("a@b", 3, {1, 2})), "83 58 7703614062 00000001 00000002 00000003");
    row("port", Term::port(ident("a@b", 3, {5, 0})), "83 59 7703614062 00000005 00000003");
    row("v4 port", Term::port(ident("a@b", 3, {5, 1})), "83 78 7703614062 00000001 00000005 00000003");
    row("ref", Term::reference(ident("a@b", 3, {1, 2})), "83 5A 0002 7703614062 00000003 00000001 00000002");
    row("export", Term::exportFun("m", "f", 1), "83 71 77016D 770166 6101");
}

void TestTermCodec::encode()
{
    QFETCH(Term, term);
    QFETCH(QByteArray, bytes);
    QCOMPARE(TermCodec::encode(term).toHex(' '), bytes.toHex(' '));
    QCOMPARE(TermCodec::encode(term, false), bytes.mid(1));
}

void TestTermCodec::roundTrip_data()
{
    QTest::addColumn<Term>("term");
    QList<Term> many;
    for (int n = 0; n < 300; ++n)
        many.append(i(n * 1000003LL - 7));
    QByteArray longAtom;
    for (int n = 0; n < 100; ++n)
        longAtom += "\xE6\x97\xA5\xE6\x9C\xAC";
    QTest::newRow("sample") << sample();
    QTest::newRow("large tuple") << Term::tuple(many);
    QTest::newRow("long list") << Term::list(many);
    QTest::newRow("long string") << Term::charList(QByteArray(70000, 'x'));
    QTest::newRow("unicode charlist") << Term::list({i(0x65E5), i(0x672C)});
    QTest::newRow("atom over 255 bytes") << Term::atom(longAtom);
    QTest::newRow("2^1000") << big(false, (QByteArray(250, '0') + "01").constData());
    QTest::newRow("-2^1000") << big(true, (QByteArray(250, '0') + "01").constData());
    QTest::newRow("floats") << Term::list({Term::floating(-0.0), Term::floating(5e-324), Term::floating(1.7e308)});
    QTest::newRow("map keys") << Term::map({{Term::tuple({}), Term()}, {Term::list({Term()}), Term::binary({})}});
    QTest::newRow("ids") << Term::list({Term::pid(ident("x@y", 0xFFFFFFFF, {1, 2})),
                                        Term::port(ident("x@y", 1, {0xFFFFFFFF, 0xFFFF})),
                                        Term::reference(ident("x@y", 1, {1, 2, 3, 4, 5}))});
    QTest::newRow("funs") << Term::list({Term::fun(hex(oldFunHex)), Term::exportFun("Elixir.Enum", "map", 2)});
}

void TestTermCodec::roundTrip()
{
    QFETCH(Term, term);
    for (bool withVersion : {true, false}) {
        const QByteArray bytes = TermCodec::encode(term, withVersion);
        TermCodec::DecodeError error;
        const std::optional<Term> back = TermCodec::decode(bytes, &error, withVersion);
        QVERIFY2(back.has_value(), qPrintable(error.message));
        QCOMPARE(*back, term);
        QCOMPARE(TermCodec::encode(*back, withVersion), bytes);
    }
}

void TestTermCodec::semantics()
{
    QVERIFY(Term().isNil());
    QVERIFY(Term().isProperList());
    QCOMPARE(Term::list({}), Term());
    QCOMPARE(Term::improperList({i(1)}, Term()), Term::list({i(1)}));
    QVERIFY(Term::improperList({i(1)}, Term()).isProperList());
    QCOMPARE(Term::improperList({i(1)}, Term::improperList({i(2)}, i(3))), Term::improperList({i(1), i(2)}, i(3)));
    QCOMPARE(Term::improperList({}, i(3)), i(3));
    QVERIFY(!Term::improperList({i(1)}, i(2)).isProperList());
    QCOMPARE(Term::improperList({i(1)}, i(2)).tail(), i(2));

    QCOMPARE(big(false, "0500"), i(5));
    QCOMPARE(big(false, "0500").type(), Term::Type::Integer);
    QCOMPARE(big(true, ""), i(0));
    QVERIFY(Term::floating(1.0) != i(1));
    QVERIFY(a("a") != Term::binary("a"));
    QCOMPARE(Term::map({{a("a"), i(1)}, {a("b"), i(2)}}), Term::map({{a("b"), i(2)}, {a("a"), i(1)}}));
    QVERIFY(Term::map({{a("a"), i(1)}, {a("b"), i(2)}}) != Term::map({{a("b"), i(1)}, {a("a"), i(2)}}));
    QCOMPARE(Term::tuple({Term::map({{i(1), Term::map({{a("x"), i(1)}, {a("y"), i(2)}})}, {i(2), Term()}})}),
             Term::tuple({Term::map({{i(2), Term()}, {i(1), Term::map({{a("y"), i(2)}, {a("x"), i(1)}})}})}));
    QCOMPARE(big(false, "0000000000000000 01").toDouble(), 18446744073709551616.0);
    QCOMPARE(big(true, "0000000000000000 01").toInt(7), 7);

    const Term map = Term::map({{a("name"), Term::binary("x")}, {Term::binary("bin"), i(2)}, {i(3), i(3)}});
    QCOMPARE(map.get("name"), Term::binary("x"));
    QCOMPARE(map.get("bin"), i(2));
    QVERIFY(map.has("bin"));
    QVERIFY(!map.has("missing"));
    QCOMPARE(map.get("missing"), Term());
    const Term props = Term::list({a("flag"), Term::tuple({a("k"), i(1)}), Term::tuple({a("k"), i(2)})});
    QCOMPARE(props.get("k"), i(1));
    QVERIFY(!props.has("flag"));
    QCOMPARE(Term::improperList({Term::tuple({a("k"), i(1)})}, i(0)).get("k"), Term());
    QCOMPARE(Term::tuple({a("k"), i(1)}).get("k"), Term());

    QCOMPARE(Term::binary("h\xC3\xA9").toQString(), QStringLiteral("h\u00E9"));
    QCOMPARE(a("h\xC3\xA9").toQString(), QStringLiteral("h\u00E9"));
    QCOMPARE(Term::list({i(0x65E5), i(0x1F600)}).toQString(), QStringLiteral("\u65E5\U0001F600"));
    QCOMPARE(i(1).toQString(), QString());
    QVERIFY(Term::charList("ab").isCharList());
    QVERIFY(!Term().isCharList());
    QVERIFY(!Term::list({i(0x110000)}).isCharList());
    QVERIFY(!Term::list({i(-1)}).isCharList());
    QVERIFY(!Term::improperList({i(97)}, i(98)).isCharList());
    QCOMPARE(Term::tuple({i(1), i(2)}).at(1), i(2));
    QCOMPARE(Term::tuple({i(1)}).at(5), Term());
    QVERIFY(Term::tuple({i(1), i(2)}).isTuple(2));
    QVERIFY(a("ok").isAtom("ok"));
    QCOMPARE(Term::bitString(hex("FF"), 8).type(), Term::Type::Binary);
    QCOMPARE(Term::bitString(hex("FF"), 1).bytes(), hex("80"));
}

void TestTermCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset"); // -1: not checked
    auto row = [](const char *name, const char *bytes, int offset) { QTest::newRow(name) << hex(bytes) << offset; };
    row("empty", "", 0);
    row("version only", "83", 1);
    row("wrong version", "82 61 01", 0);
    row("unknown tag", "83 01", 1);
    row("atom cache ref", "83 52 00", 1);
    row("truncated integer", "83 62 0000", 2);
    row("trailing garbage", "83 6A 00", 2);
    row("list claims 2^32", "83 6C FFFFFFFF 6A 6A 6A", 2);
    row("binary claims 2^32", "83 6D FFFFFFFF 00", 6);
    row("map claims 2^31 pairs", "83 74 80000000 6A6A", 6);
    row("large tuple claims 2^32", "83 69 FFFFFFFF 6A", -1);
    row("large big claims 2^32", "83 6F FFFFFFFF 00 01", -1);
    row("string claims more", "83 6B 0010 6162", -1);
    row("bitstring bits 0", "83 4D 00000001 00 FF", 6);
    row("bitstring bits 9", "83 4D 00000001 09 FF", 6);
    row("bitstring empty with bits", "83 4D 00000000 03", 6);
    row("big sign 2", "83 6E 01 02 05", -1);
    row("nan", "83 46 7FF8000000000000", 2);
    row("infinity", "83 46 7FF0000000000000", 2);
    row("old float garbage", "83 63 78797A00000000000000000000000000000000000000000000000000000000", 2);
    row("invalid utf8 atom", "83 77 02 C328", 1);
    row("overlong utf8 atom", "83 77 02 C081", 1);
    row("pid node not atom", "83 58 6A 00000001 00000002 00000003", 2);
    row("ref 6 words", "83 5A 0006 7703614062 00000000 000000010000000200000003000000040000000500000006", 2);
    row("ref 0 words", "83 5A 0000 7703614062 00000000", 2);
    row("new fun size past end", "83 70 00000100 00", -1);
    row("new fun size too small", "83 70 00000004", 2);
    row("old fun creator not pid", "83 75 00000000 6A 6400016D 6101 6102", 6);
    row("old fun claims free vars", "83 75 FFFFFFFF 5864000161 00000000 00000000 00000000", -1);
    row("export arity not int", "83 71 77016D 770166 6A", 8);
    row("export arity too big", "83 71 77016D 770166 62 00000100", 8);
    row("export module not atom", "83 71 6101 770166 6101", 2);
}

void TestTermCodec::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    TermCodec::DecodeError error;
    QVERIFY(!TermCodec::decode(bytes, &error).has_value());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.offset >= 0 && error.offset <= bytes.size());
    if (offset >= 0)
        QCOMPARE(error.offset, qsizetype(offset));
    QVERIFY(!TermCodec::decode(bytes, nullptr).has_value()); // no error sink needed
}

void TestTermCodec::everyTruncationFails()
{
    const Term full = Term::list({sample(), Term::fun(hex(oldFunHex)), Term::reference(ident("a@b", 1, {1, 2, 3})),
                                  Term::port(ident("a@b", 1, {1, 1})), Term::exportFun("m", "f", 0),
                                  Term::charList("text"), big(true, "0102030405060708090A")});
    const QByteArray bytes = TermCodec::encode(full);
    QVERIFY(TermCodec::decode(bytes).has_value());
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const QByteArray prefix = bytes.left(n);
        TermCodec::DecodeError error;
        qsizetype consumed = -1;
        QVERIFY2(!TermCodec::decode(prefix, &error).has_value(), qPrintable(QString::number(n)));
        QVERIFY(error.offset <= n);
        QVERIFY2(!TermCodec::decode(prefix, &error, true, &consumed).has_value(), qPrintable(QString::number(n)));
        QCOMPARE(consumed, qsizetype(-1));
    }
}

void TestTermCodec::consumedAndVersion()
{
    const QByteArray one = TermCodec::encode(Term::tuple({a("a"), i(1)}), false);
    const QByteArray two = one + TermCodec::encode(Term::binary("x"), false);
    qsizetype consumed = 0;
    const std::optional<Term> first = TermCodec::decode(two, nullptr, false, &consumed);
    QVERIFY(first.has_value());
    QCOMPARE(consumed, one.size());
    QCOMPARE(*first, Term::tuple({a("a"), i(1)}));
    const std::optional<Term> second =
        TermCodec::decode(two.constData() + consumed, two.size() - consumed, nullptr, false, &consumed);
    QCOMPARE(second.value_or(Term()), Term::binary("x"));
    QVERIFY(!TermCodec::decode(two, nullptr, false).has_value());
    QVERIFY(!TermCodec::decode(one, nullptr, true).has_value()); // no version byte where one is required
    QVERIFY(!TermCodec::decode(nullptr, 0).has_value());
    QVERIFY(!TermCodec::decode(one.constData(), -5).has_value());
}

void TestTermCodec::depthBombs()
{
    constexpr int Bomb = 100000;
    for (char tag : {char(TermCodec::SmallTupleExt), char(TermCodec::ListExt), char(TermCodec::MapExt)}) {
        QByteArray bytes(1, char(TermCodec::VersionMagic));
        const QByteArray open = tag == char(TermCodec::SmallTupleExt) ? QByteArray("\x68\x01", 2)
                                : tag == char(TermCodec::ListExt)     ? QByteArray("\x6C\0\0\0\x01", 5)
                                                                      : QByteArray("\x74\0\0\0\x01\x6A", 6);
        for (int n = 0; n < Bomb; ++n)
            bytes += open;
        bytes += char(TermCodec::NilExt);
        TermCodec::DecodeError error;
        QVERIFY(!TermCodec::decode(bytes, &error).has_value());
        QVERIFY(error.message.contains(QString::number(TermCodec::MaxDepth)));
    }
    // The limit itself is allowed, one more level is not.
    for (int depth : {TermCodec::MaxDepth, TermCodec::MaxDepth + 1}) {
        Term t = i(1);
        for (int n = 0; n < depth; ++n)
            t = Term::tuple({t});
        const std::optional<Term> back = TermCodec::decode(TermCodec::encode(t));
        QCOMPARE(back.has_value(), depth == TermCodec::MaxDepth);
    }
    // A chain of list cells, each the tail of the previous, is one flat list and costs no recursion.
    QByteArray chain(1, char(TermCodec::VersionMagic));
    for (int n = 0; n < Bomb; ++n)
        chain += QByteArray("\x6C\0\0\0\x01\x61\x07", 7);
    chain += char(TermCodec::NilExt);
    const std::optional<Term> flat = TermCodec::decode(chain);
    QVERIFY(flat.has_value());
    QCOMPARE(flat->items().size(), Bomb);
    QVERIFY(flat->isProperList());
}

void TestTermCodec::hugeClaimsFailFast()
{
    // Each claims gigabytes in a few bytes: must fail before reserving anything.
    QElapsedTimer timer;
    timer.start();
    for (const char *bytes :
         {"83 6C FFFFFFFF 6A6A6A6A", "83 69 FFFFFFFF 6A6A6A6A", "83 74 FFFFFFFF 6A6A6A6A", "83 6D FFFFFFFF 6A6A6A6A",
          "83 6F FFFFFFFF 006A6A6A", "83 75 FFFFFFFF 6A6A6A6A", "83 70 FFFFFFFF 6A6A6A6A", "83 4D FFFFFFFF 036A6A6A"}) {
        QVERIFY2(!TermCodec::decode(hex(bytes)).has_value(), bytes);
    }
    QVERIFY(timer.elapsed() < 1000);
}

void TestTermCodec::randomGarbage()
{
    QRandomGenerator random(20240531);
    const QByteArray valid = TermCodec::encode(Term::list({sample(), Term::fun(hex(oldFunHex))}));
    int decoded = 0;
    for (int n = 0; n < 20000; ++n) {
        QByteArray bytes;
        if (n % 2 == 0) {
            // Pure noise, biased to tags so that decoding gets somewhere.
            bytes.resize(random.bounded(64));
            for (char &c : bytes)
                c = char(random.bounded(3) == 0 ? random.bounded(68, 122) : random.bounded(256));
            if (!bytes.isEmpty() && random.bounded(2))
                bytes[0] = char(TermCodec::VersionMagic);
        } else {
            // A valid term with a few bytes changed reaches deeper.
            bytes = valid;
            for (int k = random.bounded(1, 4); k > 0; --k)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        }
        qsizetype consumed = 0;
        const std::optional<Term> t = TermCodec::decode(bytes, nullptr, true, &consumed);
        if (!t)
            continue;
        ++decoded;
        // Whatever decodes must survive its own round trip.
        const std::optional<Term> again = TermCodec::decode(TermCodec::encode(*t));
        QVERIFY(again.has_value());
        QCOMPARE(*again, *t);
        TermFormat::toErlang(*t, 200);
        TermFormat::toJson(*t);
    }
    QVERIFY(decoded > 0);
}

void TestTermCodec::toErlang_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const Term &t, const char *text) {
        QTest::newRow(name) << t << QString::fromUtf8(text);
    };
    row("atom", a("hello_World@1"), "hello_World@1");
    row("atom with space", a("hello world"), "'hello world'");
    row("capital atom", a("Caps"), "'Caps'");
    row("empty atom", a(""), "''");
    row("reserved atom", a("end"), "'end'");
    row("quote in atom", a("it's"), "'it\\'s'");
    row("latin1 atom", a("h\xC3\xA9llo"), "h\xC3\xA9llo");
    row("unicode atom", a("\xE6\x97\xA5\xE6\x9C\xAC"), "'\xE6\x97\xA5\xE6\x9C\xAC'");
    row("integer", i(-42), "-42");
    row("2^64", big(false, "0000000000000000 01"), "18446744073709551616");
    row("-2^100", big(true, "00000000000000000000000010"), "-1267650600228229401496703205376");
    row("huge big", Term::bigInteger(true, QByteArray(20000, '\0') + '\x1f'),
        ("-16#1F" + QByteArray(40000, '0')).constData());
    row("1.0", Term::floating(1.0), "1.0");
    row("0.1", Term::floating(0.1), "0.1");
    row("1.0e100", Term::floating(1e100), "1.0e100");
    row("-2.5e-7", Term::floating(-2.5e-7), "-2.5e-7");
    row("1000.0", Term::floating(1000.0), "1.0e3");
    row("100.0", Term::floating(100.0), "100.0");
    row("0.0001", Term::floating(0.0001), "0.0001");
    row("123456789012.0", Term::floating(123456789012.0), "123456789012.0");
    row("string", Term::charList("ab\"c\n"), R"("ab\"c\n")");
    row("unicode string", Term::list({i(0x65E5), i(0x672C)}), "\"\xE6\x97\xA5\xE6\x9C\xAC\"");
    row("byte list", Term::list({i(1), i(2), i(3)}), "[1,2,3]");
    row("nil", Term(), "[]");
    row("improper", Term::improperList({i(1)}, i(2)), "[1|2]");
    row("binary text", Term::binary("abc"), "<<\"abc\">>");
    row("binary utf8", Term::binary("h\xC3\xA9"), "<<\"h\xC3\xA9\"/utf8>>");
    row("binary bytes", Term::binary(hex("010203")), "<<1,2,3>>");
    row("binary latin1", Term::binary(hex("E9")), "<<233>>");
    row("empty binary", Term::binary({}), "<<>>");
    row("bitstring", Term::bitString(hex("0140"), 3), "<<1,2:3>>");
    row("short bitstring", Term::bitString(hex("A0"), 3), "<<5:3>>");
    row("tuple", Term::tuple({a("ok"), Term::binary("abc")}), "{ok,<<\"abc\">>}");
    row("map", Term::map({{a("a"), i(1)}, {Term::binary("b"), Term()}}), "#{a => 1,<<\"b\">> => []}");
    row("pid", Term::pid(ident("a@h", 0, {12, 0})), "#Pid<a@h.12.0>");
    row("port", Term::port(ident("a@h", 0, {5, 0})), "#Port<a@h.5>");
    row("ref", Term::reference(ident("a@h", 0, {1, 2, 3})), "#Ref<a@h.3.2.1>");
    row("new fun", Term::fun(hex(newFunHex)), "#Fun<tgen.0.14985091>");
    row("old fun", Term::fun(hex(oldFunHex)), "#Fun<m.1.2>");
    row("export", Term::exportFun("lists", "map", 2), "fun lists:map/2");
    row("elixir export", Term::exportFun("Elixir.Enum", "map", 2), "fun 'Elixir.Enum':map/2");
}

void TestTermCodec::toErlang()
{
    QFETCH(Term, term);
    QFETCH(QString, text);
    QCOMPARE(TermFormat::toErlang(term), text);
}

void TestTermCodec::mfa()
{
    // One spelling of {M, F, A} for every list and page (process top, inspector, CLI).
    QCOMPARE(TermFormat::mfa(Term::tuple({Term::atom("gen_server"), Term::atom("loop"), Term::integer(7)})),
             QStringLiteral("gen_server:loop/7"));
    QCOMPARE(TermFormat::mfa(Term::tuple({Term::atom("Elixir.Foo"), Term::atom("run"), Term::integer(0)})),
             QStringLiteral("Elixir.Foo:run/0"));
    // Not an MFA: arguments instead of an arity, a wrong size, not atoms.
    QVERIFY(TermFormat::mfa(Term::tuple({Term::atom("m"), Term::atom("f"), Term::list({})})).isEmpty());
    QVERIFY(TermFormat::mfa(Term::tuple({Term::atom("m"), Term::atom("f")})).isEmpty());
    QVERIFY(TermFormat::mfa(Term::tuple({Term::integer(1), Term::atom("f"), Term::integer(1)})).isEmpty());
    QVERIFY(TermFormat::mfa(Term::atom("undefined")).isEmpty());
}

void TestTermCodec::toErlangCut()
{
    QList<Term> many;
    for (int n = 0; n < 1000; ++n)
        many.append(i(n));
    const QString cut = TermFormat::toErlang(Term::list(many), 20);
    QCOMPARE(cut, QStringLiteral("[0,1,2,3,4,5,6,7,..."));
    QCOMPARE(TermFormat::toErlang(a("ok"), 20), QStringLiteral("ok"));
    QCOMPARE(TermFormat::toErlang(Term::charList("abcdef"), 8), QStringLiteral("\"abcdef\""));
    QCOMPARE(TermFormat::toErlang(Term::charList("abcdefg"), 8), QStringLiteral("\"abcd..."));

    // Rendering must stop at the limit instead of building megabytes of text first.
    const Term bytes = Term::binary(QByteArray(qsizetype(32) << 20, '\x01'));
    const Term text = Term::binary(QByteArray(qsizetype(32) << 20, 'a'));
    QElapsedTimer timer;
    timer.start();
    const QString numbers = TermFormat::toErlang(bytes, 100);
    const QString quoted = TermFormat::toErlang(Term::tuple({text}), 100);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(numbers.size(), 100);
    QVERIFY(numbers.startsWith(QStringLiteral("<<1,1,1")) && numbers.endsWith(QStringLiteral("...")));
    QCOMPARE(quoted.size(), 100);
    QVERIFY(quoted.startsWith(QStringLiteral("{<<\"aaa")) && quoted.endsWith(QStringLiteral("...")));
}

void TestTermCodec::toJson_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<QJsonValue>("json");
    QTest::newRow("integer") << i(-3) << QJsonValue(-3);
    QTest::newRow("float") << Term::floating(0.5) << QJsonValue(0.5);
    QTest::newRow("big") << big(false, "0000000000000000 01") << QJsonValue(QStringLiteral("18446744073709551616"));
    QTest::newRow("true") << a("true") << QJsonValue(true);
    QTest::newRow("false") << a("false") << QJsonValue(false);
    QTest::newRow("undefined") << a("undefined") << QJsonValue(QJsonValue::Null);
    QTest::newRow("nil") << a("nil") << QJsonValue(QJsonValue::Null);
    QTest::newRow("atom") << a("hello") << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("binary") << Term::binary("h\xC3\xA9") << QJsonValue(QStringLiteral("h\u00E9"));
    QTest::newRow("charlist") << Term::charList("abc") << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("byte list") << Term::list({i(1), i(2)}) << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("empty list") << Term() << QJsonValue(QJsonArray());
    QTest::newRow("tuple") << Term::tuple({a("ok"), i(1)}) << QJsonValue(QJsonArray{QStringLiteral("ok"), 1});
    QTest::newRow("proplist") << Term::list({Term::tuple({a("a"), i(1)}), Term::tuple({Term::binary("b"), a("x")})})
                              << QJsonValue(
                                     QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}});
    QTest::newRow("not a proplist") << Term::list({Term::tuple({i(1), i(1)})})
                                    << QJsonValue(QJsonArray{QJsonArray{1, 1}});
    QTest::newRow("map") << Term::map({{a("a"), Term::map({})}, {Term::charList("s"), a("null")}})
                         << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonObject()},
                                                   {QStringLiteral("s"), QJsonValue(QJsonValue::Null)}});
    QTest::newRow("map other keys") << Term::map({{i(1), a("a")}})
                                    << QJsonValue(QJsonArray{QJsonArray{1, QStringLiteral("a")}});
    QTest::newRow("improper") << Term::improperList({i(1)}, i(2)) << QJsonValue(QStringLiteral("[1|2]"));
    QTest::newRow("pid") << Term::pid(ident("a@h", 0, {1, 2})) << QJsonValue(QStringLiteral("#Pid<a@h.1.2>"));
    QTest::newRow("bitstring") << Term::bitString(hex("A0"), 3) << QJsonValue(QStringLiteral("<<5:3>>"));
}

void TestTermCodec::toJson()
{
    QFETCH(Term, term);
    QFETCH(QJsonValue, json);
    QCOMPARE(TermFormat::toJson(term), json);
}

QTEST_GUILESS_MAIN(TestTermCodec)
#include "tst_termcodec.moc"
