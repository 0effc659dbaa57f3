#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace bilby {

/**
 * @brief An immutable Erlang term, as received from or sent to a node.
 *
 * Copies are cheap (the payload is shared). Every term a node can send has a representation:
 * pids, ports, references, funs and exports are kept as opaque values that round-trip unchanged.
 * Charlists ("strings") are plain lists of integers; `isCharList()`/`toQString()` help reading them.
 */
class Term
{
public:
    enum class Type {
        Atom,
        Integer,    ///< fits in qint64
        BigInteger, ///< arbitrary precision: sign + little-endian magnitude
        Float,
        Binary,    ///< whole bytes
        BitString, ///< trailing byte partially used (see bitsInLastByte())
        List,      ///< proper or improper; the empty list is a List with no elements and no tail
        Tuple,
        Map, ///< items() holds key, value, key, value...
        Pid,
        Port,
        Reference,
        Fun,    ///< opaque: the original encoding is kept
        Export, ///< fun M:F/A
    };

    /// Fields of a pid, port or reference (the node is the owner node's name atom).
    struct Identifier
    {
        QByteArray node;
        quint32 creation = 0;
        QList<quint32> ids; ///< pid: {id, serial}; port: {id low, id high}; ref: the id words
        bool operator==(const Identifier &o) const { return node == o.node && creation == o.creation && ids == o.ids; }
    };

    Term(); ///< the empty list []

    static Term atom(const QByteArray &utf8);
    static Term atom(const char *utf8) { return atom(QByteArray(utf8)); }
    static Term integer(qint64 v);
    /// Normalises to Integer when the value fits in qint64. @p magnitudeLE is little-endian.
    static Term bigInteger(bool negative, const QByteArray &magnitudeLE);
    static Term floating(double v);
    static Term binary(const QByteArray &bytes);
    /// @p bits in 1..8: how many high bits of the last byte belong to the bitstring.
    static Term bitString(const QByteArray &bytes, int bits);
    static Term list(const QList<Term> &items);
    static Term improperList(const QList<Term> &items, const Term &tail);
    static Term charList(const QByteArray &bytes); ///< "abc" as [97,98,99]
    static Term tuple(const QList<Term> &items);
    static Term map(const QList<QPair<Term, Term>> &pairs);
    static Term pid(const Identifier &id);
    static Term port(const Identifier &id);
    static Term reference(const Identifier &id);
    static Term fun(const QByteArray &encodedWithoutVersion); ///< opaque fun (NEW_FUN_EXT/FUN_EXT bytes)
    static Term exportFun(const QByteArray &module, const QByteArray &function, int arity);

    /// Conveniences for building requests.
    static Term ok() { return atom("ok"); }
    static Term boolean(bool b) { return atom(b ? "true" : "false"); }

    Type type() const;
    bool isAtom() const { return type() == Type::Atom; }
    bool isAtom(const char *name) const;
    bool isInteger() const { return type() == Type::Integer; }
    bool isNumber() const;
    bool isBinary() const { return type() == Type::Binary; }
    bool isList() const { return type() == Type::List; }
    bool isNil() const; ///< []
    bool isProperList() const;
    bool isTuple() const { return type() == Type::Tuple; }
    bool isTuple(int arity) const { return isTuple() && items().size() == arity; }
    bool isMap() const { return type() == Type::Map; }
    bool isPid() const { return type() == Type::Pid; }
    bool isCharList() const; ///< a proper list of integers 0..0x10FFFF

    QByteArray atomName() const; ///< UTF-8 name of an atom, empty otherwise
    qint64 toInt(qint64 fallback = 0) const;
    double toDouble(double fallback = 0.0) const; ///< integers, big integers and floats
    bool isNegativeBig() const;
    QByteArray bigMagnitude() const;  ///< little-endian magnitude of a BigInteger
    QByteArray bytes() const;         ///< binary/bitstring bytes; the raw encoding for Fun
    int bitsInLastByte() const;       ///< 8 for whole binaries
    const QList<Term> &items() const; ///< list elements, tuple elements, map k,v,k,v
    Term tail() const;                ///< tail of an improper list, [] otherwise
    const Identifier &identifier() const;
    QByteArray exportModule() const;
    QByteArray exportFunction() const;
    int exportArity() const;

    /// Element @p i of a tuple or list; [] when out of range.
    Term at(int i) const;
    /// Value for the atom key @p key in a map or a proplist ([{key, value}]); [] when absent.
    Term get(const char *key) const;
    bool has(const char *key) const;
    /// Binary, charlist or atom as text (UTF-8 for binaries/atoms, code points for charlists).
    QString toQString() const;

    bool operator==(const Term &o) const;
    bool operator!=(const Term &o) const { return !(*this == o); }

    struct Data;

private:
    explicit Term(std::shared_ptr<const Data> d);
    std::shared_ptr<const Data> m_d;
};

} // namespace bilby
