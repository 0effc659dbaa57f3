// Term equality: structural, with maps compared as sets of pairs whatever their key order.
#include "term/term.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bilby {

namespace {

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

} // namespace

bool Term::operator==(const Term &o) const
{
    if (m_d == o.m_d)
        return true;
    if (type() != o.type())
        return false;
    switch (type()) {
    case Type::Atom:
        return atomName() == o.atomName();
    case Type::Integer:
        return toInt() == o.toInt();
    case Type::Binary:
    case Type::Fun:
        return bytes() == o.bytes();
    case Type::List:
        if (items() != o.items())
            return false;
        return isProperList() || o.isProperList() ? isProperList() == o.isProperList() : tail() == o.tail();
    case Type::Tuple:
        return items() == o.items();
    case Type::Map:
        // Same insertion order is the common case and needs no sorting.
        return items().size() == o.items().size() && (items() == o.items() || compareMaps(items(), o.items()) == 0);
    case Type::Pid:
    case Type::Port:
    case Type::Reference:
        return identifier() == o.identifier();
    default:
        return compareTerms(*this, o) == 0;
    }
}

} // namespace bilby
