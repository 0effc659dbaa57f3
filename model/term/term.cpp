#include "term/term.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace bilby {

struct Term::Data
{
    Type type = Type::List;
    bool negative = false; ///< BigInteger sign
    int small = 8;         ///< bits in the last byte (Binary/BitString), arity (Export)
    qint64 integer = 0;
    double floating = 0.0;
    QByteArray bytes;  ///< atom name, binary bytes, big magnitude (LE), fun encoding, export module
    QByteArray extra;  ///< export function
    QList<Term> items; ///< list/tuple elements, map key, value, key, value...
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

std::shared_ptr<Term::Data> payload(Term::Type type)
{
    auto d = std::make_shared<Term::Data>();
    d->type = type;
    return d;
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
{}

Term::Term(std::shared_ptr<const Data> d)
    : m_d(std::move(d))
{}

Term Term::atom(const QByteArray &utf8)
{
    auto d = payload(Type::Atom);
    d->bytes = utf8;
    return Term(std::move(d));
}

Term Term::integer(qint64 v)
{
    // Small integers are everywhere (charlists, counters): share one payload per value.
    static const std::array<Term, 256> cache = [] {
        std::array<Term, 256> terms;
        for (int i = 0; i < 256; ++i) {
            auto d = payload(Type::Integer);
            d->integer = i;
            terms[size_t(i)] = Term(std::move(d));
        }
        return terms;
    }();
    if (v >= 0 && v < 256)
        return cache[size_t(v)];
    auto d = payload(Type::Integer);
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
        constexpr auto maxPositive = quint64(std::numeric_limits<qint64>::max());
        if (!negative && u <= maxPositive)
            return integer(qint64(u));
        if (negative && u <= maxPositive + 1)
            return integer(u == maxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(u));
    }
    auto d = payload(Type::BigInteger);
    d->negative = negative;
    d->bytes = magnitudeLE.left(n);
    return Term(std::move(d));
}

Term Term::floating(double v)
{
    auto d = payload(Type::Float);
    d->floating = v;
    return Term(std::move(d));
}

Term Term::binary(const QByteArray &bytes)
{
    // Empty containers are common in replies and cost a few bytes on the wire: share one payload each.
    static const Term empty(payload(Type::Binary));
    if (bytes.isEmpty())
        return empty;
    auto d = payload(Type::Binary);
    d->bytes = bytes;
    return Term(std::move(d));
}

Term Term::bitString(const QByteArray &bytes, int bits)
{
    // A full last byte (or a nonsensical bit count) is an ordinary binary, as in Erlang.
    if (bytes.isEmpty() || bits <= 0 || bits >= 8)
        return binary(bytes);
    auto d = payload(Type::BitString);
    d->bytes = bytes;
    // Unused low bits are not part of the value: clear them so equal bitstrings have equal bytes.
    d->bytes.back() = char(quint8(d->bytes.back()) & quint8(0xFF << (8 - bits)));
    d->small = bits;
    return Term(std::move(d));
}

Term Term::list(const QList<Term> &items)
{
    if (items.isEmpty())
        return {};
    auto d = payload(Type::List);
    d->items = items;
    return Term(std::move(d));
}

Term Term::improperList(const QList<Term> &items, const Term &tail)
{
    if (tail.isNil())
        return list(items);
    if (items.isEmpty())
        return tail;
    auto d = payload(Type::List);
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
    static const Term empty(payload(Type::Tuple));
    if (items.isEmpty())
        return empty;
    auto d = payload(Type::Tuple);
    d->items = items;
    return Term(std::move(d));
}

Term Term::map(const QList<QPair<Term, Term>> &pairs)
{
    static const Term empty(payload(Type::Map));
    if (pairs.isEmpty())
        return empty;
    auto d = payload(Type::Map);
    d->items.reserve(pairs.size() * 2);
    for (const auto &p : pairs)
        d->items << p.first << p.second;
    return Term(std::move(d));
}

Term Term::pid(const Identifier &id)
{
    auto d = payload(Type::Pid);
    d->id = id;
    return Term(std::move(d));
}

Term Term::port(const Identifier &id)
{
    auto d = payload(Type::Port);
    d->id = id;
    return Term(std::move(d));
}

Term Term::reference(const Identifier &id)
{
    auto d = payload(Type::Reference);
    d->id = id;
    return Term(std::move(d));
}

Term Term::fun(const QByteArray &encodedWithoutVersion)
{
    auto d = payload(Type::Fun);
    d->bytes = encodedWithoutVersion;
    return Term(std::move(d));
}

Term Term::exportFun(const QByteArray &module, const QByteArray &function, int arity)
{
    auto d = payload(Type::Export);
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
        return {};
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
        return {};
    std::u32string codePoints;
    codePoints.reserve(size_t(m_d->items.size()));
    for (const Term &t : m_d->items)
        codePoints.push_back(char32_t(t.m_d->integer));
    return QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size()));
}

} // namespace bilby
