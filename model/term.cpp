#include "term.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace bilby {

struct Term::Data {
    Type type = Type::List;
    bool negative = false;   ///< BigInteger sign
    int small = 8;           ///< bits in the last byte (Binary/BitString), arity (Export)
    qint64 integer = 0;
    double floating = 0.0;
    QByteArray bytes;        ///< atom name, binary bytes, big magnitude (LE), fun encoding, export module
    QByteArray extra;        ///< export function
    QList<Term> items;       ///< list/tuple elements, map key, value, key, value...
    // A pointer rather than a Term: a Term member would need the shared [] while [] itself is being built.
    std::shared_ptr<const Data> tail; ///< improper list tail; null for proper lists
    Identifier id;
};

namespace {

const std::shared_ptr<const Term::Data> &nilData()
{
    static const std::shared_ptr<const Term::Data> nil = std::make_shared<Term::Data>();
    return nil;
}

template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTerms(const Term &a, const Term &b);

int compareBytes(const QByteArray &a, const QByteArray &b)
{
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compareIdentifiers(const Term::Identifier &a, const Term::Identifier &b)
{
    if (int c = compareBytes(a.node, b.node))
        return c;
    if (int c = threeWay(a.creation, b.creation))
        return c;
    if (int c = threeWay(a.ids.size(), b.ids.size()))
        return c;
    for (qsizetype i = 0; i < a.ids.size(); ++i) {
        if (int c = threeWay(a.ids.at(i), b.ids.at(i)))
            return c;
    }
    return 0;
}

// Map pairs in a canonical order, so that maps built in different key orders compare equal.
std::vector<qsizetype> sortedPairs(const QList<Term> &kv)
{
    std::vector<qsizetype> order(size_t(kv.size() / 2));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i) * 2;
    std::sort(order.begin(), order.end(), [&kv](qsizetype x, qsizetype y) {
        const int c = compareTerms(kv.at(x), kv.at(y));
        return c != 0 ? c < 0 : compareTerms(kv.at(x + 1), kv.at(y + 1)) < 0;
    });
    return order;
}

int compareMaps(const QList<Term> &a, const QList<Term> &b)
{
    if (int c = threeWay(a.size(), b.size()))
        return c;
    const std::vector<qsizetype> oa = sortedPairs(a);
    const std::vector<qsizetype> ob = sortedPairs(b);
    for (size_t i = 0; i < oa.size(); ++i) {
        if (int c = compareTerms(a.at(oa[i]), b.at(ob[i])))
            return c;
        if (int c = compareTerms(a.at(oa[i] + 1), b.at(ob[i] + 1)))
            return c;
    }
    return 0;
}

int compareFloats(double a, double b)
{
    // NaN cannot come from a node, but a caller may build one: keep the order total anyway.
    if (std::isnan(a) || std::isnan(b))
        return threeWay(std::isnan(a), std::isnan(b));
    return threeWay(a, b);
}

// A total order consistent with operator== (not Erlang's term order: it only serves canonical map sorting).
int compareTerms(const Term &a, const Term &b)
{
    if (int c = threeWay(int(a.type()), int(b.type())))
        return c;
    switch (a.type()) {
    case Term::Type::Atom:
        return compareBytes(a.atomName(), b.atomName());
    case Term::Type::Integer:
        return threeWay(a.toInt(), b.toInt());
    case Term::Type::BigInteger:
        if (int c = threeWay(a.isNegativeBig(), b.isNegativeBig()))
            return c;
        if (int c = threeWay(a.bigMagnitude().size(), b.bigMagnitude().size()))
            return c;
        return compareBytes(a.bigMagnitude(), b.bigMagnitude());
    case Term::Type::Float:
        return compareFloats(a.toDouble(), b.toDouble());
    case Term::Type::Binary:
    case Term::Type::Fun:
        return compareBytes(a.bytes(), b.bytes());
    case Term::Type::BitString:
        if (int c = compareBytes(a.bytes(), b.bytes()))
            return c;
        return threeWay(a.bitsInLastByte(), b.bitsInLastByte());
    case Term::Type::List:
    case Term::Type::Tuple: {
        const QList<Term> &x = a.items();
        const QList<Term> &y = b.items();
        if (int c = threeWay(x.size(), y.size()))
            return c;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (int c = compareTerms(x.at(i), y.at(i)))
                return c;
        }
        if (!a.isList() || (a.isProperList() && b.isProperList()))
            return 0;
        if (int c = threeWay(a.isProperList(), b.isProperList()))
            return c;
        return compareTerms(a.tail(), b.tail());
    }
    case Term::Type::Map:
        return compareMaps(a.items(), b.items());
    case Term::Type::Pid:
    case Term::Type::Port:
    case Term::Type::Reference:
        return compareIdentifiers(a.identifier(), b.identifier());
    case Term::Type::Export:
        if (int c = compareBytes(a.exportModule(), b.exportModule()))
            return c;
        if (int c = compareBytes(a.exportFunction(), b.exportFunction()))
            return c;
        return threeWay(a.exportArity(), b.exportArity());
    }
    return 0;
}

bool keyMatches(const Term &k, const char *key)
{
    return (k.isAtom() || k.isBinary()) && (k.isAtom() ? k.atomName() : k.bytes()) == key;
}

// Pointer into @p t's own items, so no copy is made when the caller only checks presence.
const Term *findValue(const Term &t, const char *key)
{
    const QList<Term> &items = t.items();
    if (t.isMap()) {
        for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
            if (keyMatches(items.at(i), key))
                return &items.at(i + 1);
        }
    } else if (t.isProperList()) {
        for (const Term &e : items) {
            if (e.isTuple(2) && keyMatches(e.items().at(0), key))
                return &e.items().at(1);
        }
    }
    return nullptr;
}

} // namespace

Term::Term()
    : m_d(nilData())
{
}

Term::Term(std::shared_ptr<const Data> d)
    : m_d(std::move(d))
{
}

Term Term::atom(const QByteArray &utf8)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Atom;
    d->bytes = utf8;
    return Term(std::move(d));
}

Term Term::integer(qint64 v)
{
    // Small integers are everywhere (charlists, counters): share one payload per value.
    static const std::array<Term, 256> cache = [] {
        std::array<Term, 256> terms;
        for (int i = 0; i < 256; ++i) {
            auto d = std::make_shared<Data>();
            d->type = Type::Integer;
            d->integer = i;
            terms[size_t(i)] = Term(std::move(d));
        }
        return terms;
    }();
    if (v >= 0 && v < 256)
        return cache[size_t(v)];
    auto d = std::make_shared<Data>();
    d->type = Type::Integer;
    d->integer = v;
    return Term(std::move(d));
}

Term Term::bigInteger(bool negative, const QByteArray &magnitudeLE)
{
    qsizetype n = magnitudeLE.size();
    while (n > 0 && magnitudeLE.at(n - 1) == 0)
        --n;
    if (n <= 8) {
        quint64 u = 0;
        for (qsizetype i = n - 1; i >= 0; --i)
            u = (u << 8) | quint8(magnitudeLE.at(i));
        constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
        if (!negative && u <= maxPositive)
            return integer(qint64(u));
        if (negative && u <= maxPositive + 1)
            return integer(u == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(u));
    }
    auto d = std::make_shared<Data>();
    d->type = Type::BigInteger;
    d->negative = negative;
    d->bytes = magnitudeLE.left(n);
    return Term(std::move(d));
}

Term Term::floating(double v)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Float;
    d->floating = v;
    return Term(std::move(d));
}

Term Term::binary(const QByteArray &bytes)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Binary;
    d->bytes = bytes;
    return Term(std::move(d));
}

Term Term::bitString(const QByteArray &bytes, int bits)
{
    // A full last byte (or a nonsensical bit count) is an ordinary binary, as in Erlang.
    if (bytes.isEmpty() || bits <= 0 || bits >= 8)
        return binary(bytes);
    auto d = std::make_shared<Data>();
    d->type = Type::BitString;
    d->bytes = bytes;
    // Unused low bits are not part of the value: clear them so equal bitstrings have equal bytes.
    d->bytes.back() = char(quint8(d->bytes.back()) & quint8(0xFF << (8 - bits)));
    d->small = bits;
    return Term(std::move(d));
}

Term Term::list(const QList<Term> &items)
{
    if (items.isEmpty())
        return Term();
    auto d = std::make_shared<Data>();
    d->items = items;
    return Term(std::move(d));
}

Term Term::improperList(const QList<Term> &items, const Term &tail)
{
    if (tail.isNil())
        return list(items);
    if (items.isEmpty())
        return tail;
    auto d = std::make_shared<Data>();
    d->items = items;
    if (tail.isList()) {
        // [a|[b|c]] is [a,b|c]: keep one canonical shape so equality stays structural.
        d->items.append(tail.items());
        d->tail = tail.m_d->tail;
    } else {
        d->tail = tail.m_d;
    }
    return Term(std::move(d));
}

Term Term::charList(const QByteArray &bytes)
{
    QList<Term> items;
    items.reserve(bytes.size());
    for (char c : bytes)
        items.append(integer(quint8(c)));
    return list(items);
}

Term Term::tuple(const QList<Term> &items)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Tuple;
    d->items = items;
    return Term(std::move(d));
}

Term Term::map(const QList<QPair<Term, Term>> &pairs)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Map;
    d->items.reserve(pairs.size() * 2);
    for (const auto &p : pairs)
        d->items << p.first << p.second;
    return Term(std::move(d));
}

Term Term::pid(const Identifier &id)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Pid;
    d->id = id;
    return Term(std::move(d));
}

Term Term::port(const Identifier &id)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Port;
    d->id = id;
    return Term(std::move(d));
}

Term Term::reference(const Identifier &id)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Reference;
    d->id = id;
    return Term(std::move(d));
}

Term Term::fun(const QByteArray &encodedWithoutVersion)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Fun;
    d->bytes = encodedWithoutVersion;
    return Term(std::move(d));
}

Term Term::exportFun(const QByteArray &module, const QByteArray &function, int arity)
{
    auto d = std::make_shared<Data>();
    d->type = Type::Export;
    d->bytes = module;
    d->extra = function;
    d->small = arity;
    return Term(std::move(d));
}

Term::Type Term::type() const
{
    return m_d->type;
}

bool Term::isAtom(const char *name) const
{
    return isAtom() && m_d->bytes == name;
}

bool Term::isNumber() const
{
    return m_d->type == Type::Integer || m_d->type == Type::BigInteger || m_d->type == Type::Float;
}

bool Term::isNil() const
{
    return m_d->type == Type::List && m_d->items.isEmpty();
}

bool Term::isProperList() const
{
    return m_d->type == Type::List && !m_d->tail;
}

bool Term::isCharList() const
{
    if (!isProperList() || m_d->items.isEmpty())
        return false;
    return std::all_of(m_d->items.cbegin(), m_d->items.cend(), [](const Term &t) {
        return t.isInteger() && t.m_d->integer >= 0 && t.m_d->integer <= 0x10FFFF;
    });
}

QByteArray Term::atomName() const
{
    return isAtom() ? m_d->bytes : QByteArray();
}

qint64 Term::toInt(qint64 fallback) const
{
    return isInteger() ? m_d->integer : fallback;
}

double Term::toDouble(double fallback) const
{
    switch (m_d->type) {
    case Type::Integer:
        return double(m_d->integer);
    case Type::Float:
        return m_d->floating;
    case Type::BigInteger: {
        double v = 0.0;
        for (qsizetype i = m_d->bytes.size() - 1; i >= 0; --i)
            v = v * 256.0 + quint8(m_d->bytes.at(i));
        return m_d->negative ? -v : v;
    }
    default:
        return fallback;
    }
}

bool Term::isNegativeBig() const
{
    return m_d->type == Type::BigInteger && m_d->negative;
}

QByteArray Term::bigMagnitude() const
{
    return m_d->type == Type::BigInteger ? m_d->bytes : QByteArray();
}

QByteArray Term::bytes() const
{
    const Type t = m_d->type;
    return t == Type::Binary || t == Type::BitString || t == Type::Fun ? m_d->bytes : QByteArray();
}

int Term::bitsInLastByte() const
{
    return m_d->type == Type::BitString ? m_d->small : 8;
}

const QList<Term> &Term::items() const
{
    return m_d->items;
}

Term Term::tail() const
{
    return m_d->tail ? Term(m_d->tail) : Term();
}

const Term::Identifier &Term::identifier() const
{
    return m_d->id;
}

QByteArray Term::exportModule() const
{
    return m_d->type == Type::Export ? m_d->bytes : QByteArray();
}

QByteArray Term::exportFunction() const
{
    return m_d->type == Type::Export ? m_d->extra : QByteArray();
}

int Term::exportArity() const
{
    return m_d->type == Type::Export ? m_d->small : 0;
}

Term Term::at(int i) const
{
    if ((m_d->type != Type::Tuple && m_d->type != Type::List) || i < 0 || i >= m_d->items.size())
        return Term();
    return m_d->items.at(i);
}

Term Term::get(const char *key) const
{
    const Term *v = findValue(*this, key);
    return v ? *v : Term();
}

bool Term::has(const char *key) const
{
    return findValue(*this, key) != nullptr;
}

QString Term::toQString() const
{
    if (isBinary() || isAtom())
        return QString::fromUtf8(m_d->bytes);
    if (!isCharList())
        return QString();
    std::u32string codePoints;
    codePoints.reserve(size_t(m_d->items.size()));
    for (const Term &t : m_d->items)
        codePoints.push_back(char32_t(t.m_d->integer));
    return QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size()));
}

bool Term::operator==(const Term &o) const
{
    if (m_d == o.m_d)
        return true;
    if (m_d->type != o.m_d->type)
        return false;
    switch (m_d->type) {
    case Type::Atom:
    case Type::Binary:
    case Type::Fun:
        return m_d->bytes == o.m_d->bytes;
    case Type::Integer:
        return m_d->integer == o.m_d->integer;
    case Type::Float:
        return compareFloats(m_d->floating, o.m_d->floating) == 0;
    case Type::List:
        if (m_d->items != o.m_d->items)
            return false;
        return !m_d->tail || !o.m_d->tail ? m_d->tail == o.m_d->tail : tail() == o.tail();
    case Type::Tuple:
        return m_d->items == o.m_d->items;
    case Type::Map:
        // Same insertion order is the common case and needs no sorting.
        return m_d->items.size() == o.m_d->items.size() &&
               (m_d->items == o.m_d->items || compareMaps(m_d->items, o.m_d->items) == 0);
    case Type::Pid:
    case Type::Port:
    case Type::Reference:
        return m_d->id == o.m_d->id;
    default:
        return compareTerms(*this, o) == 0;
    }
}

} // namespace bilby
