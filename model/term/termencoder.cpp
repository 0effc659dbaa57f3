// TermCodec::encode: writes terms the way a current node's term_to_binary does (the decoder is termdecoder.cpp).
#include "term/termcodec.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

namespace bilby::TermCodec {

namespace {

class Encoder
{
public:
    explicit Encoder(QByteArray *out)
        : m_out(out)
    {}

    void term(const Term &t);

private:
    void u8(quint32 v) { m_out->append(char(v & 0xFF)); }
    void u16(quint32 v)
    {
        uchar b[2];
        qToBigEndian<quint16>(quint16(v), b);
        m_out->append(reinterpret_cast<const char *>(b), 2);
    }
    void u32(quint32 v)
    {
        uchar b[4];
        qToBigEndian<quint32>(v, b);
        m_out->append(reinterpret_cast<const char *>(b), 4);
    }
    void atom(const QByteArray &name);
    void integer(qint64 v);
    void big(bool negative, const QByteArray &magnitudeLE);
    void list(const Term &t);
    void identifier(const Term &t);

    QByteArray *m_out;
};

void Encoder::atom(const QByteArray &name)
{
    // Atoms cannot exceed 255 characters, so 65535 bytes is out of reach for any real atom.
    const QByteArray utf8 = name.left(std::numeric_limits<quint16>::max());
    if (utf8.size() <= 255) {
        u8(SmallAtomUtf8Ext);
        u8(quint32(utf8.size()));
    } else {
        u8(AtomUtf8Ext);
        u16(quint32(utf8.size()));
    }
    m_out->append(utf8);
}

void Encoder::integer(qint64 v)
{
    if (v >= 0 && v <= 255) {
        u8(SmallIntegerExt);
        u8(quint32(v));
    } else if (v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max()) {
        u8(IntegerExt);
        u32(quint32(qint32(v)));
    } else {
        // Magnitude through unsigned arithmetic, so that the minimum qint64 does not overflow.
        quint64 magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
        QByteArray le;
        while (magnitude) {
            le.append(char(magnitude & 0xFF));
            magnitude >>= 8;
        }
        big(v < 0, le);
    }
}

void Encoder::big(bool negative, const QByteArray &magnitudeLE)
{
    if (magnitudeLE.size() <= 255) {
        u8(SmallBigExt);
        u8(quint32(magnitudeLE.size()));
    } else {
        u8(LargeBigExt);
        u32(quint32(magnitudeLE.size()));
    }
    u8(negative ? 1 : 0);
    m_out->append(magnitudeLE);
}

void Encoder::list(const Term &t)
{
    const QList<Term> &items = t.items();
    if (items.isEmpty()) {
        u8(NilExt);
        return;
    }
    // term_to_binary's choice: byte-sized integers in a short proper list travel as STRING_EXT.
    const bool bytes = t.isProperList() && items.size() <= std::numeric_limits<quint16>::max() &&
                       std::all_of(items.cbegin(), items.cend(),
                                   [](const Term &e) { return e.isInteger() && e.toInt() >= 0 && e.toInt() <= 255; });
    if (bytes) {
        u8(StringExt);
        u16(quint32(items.size()));
        for (const Term &e : items)
            u8(quint32(e.toInt()));
        return;
    }
    u8(ListExt);
    u32(quint32(items.size()));
    for (const Term &e : items)
        term(e);
    term(t.tail());
}

void Encoder::identifier(const Term &t)
{
    const Term::Identifier &id = t.identifier();
    switch (t.type()) {
    case Term::Type::Pid:
        u8(NewPidExt);
        atom(id.node);
        u32(id.ids.value(0));
        u32(id.ids.value(1));
        break;
    case Term::Type::Port:
        if (id.ids.value(1) != 0) {
            u8(V4PortExt);
            atom(id.node);
            u32(id.ids.value(1));
            u32(id.ids.value(0));
        } else {
            u8(NewPortExt);
            atom(id.node);
            u32(id.ids.value(0));
        }
        break;
    default: {
        // A reference needs 1 to 5 id words: pad or cut what a caller built by hand.
        const qsizetype words = std::clamp<qsizetype>(id.ids.size(), 1, 5);
        u8(NewerReferenceExt);
        u16(quint32(words));
        atom(id.node);
        u32(id.creation);
        for (qsizetype i = 0; i < words; ++i)
            u32(id.ids.value(i));
        return;
    }
    }
    u32(id.creation);
}

void Encoder::term(const Term &t)
{
    switch (t.type()) {
    case Term::Type::Atom:
        atom(t.atomName());
        break;
    case Term::Type::Integer:
        integer(t.toInt());
        break;
    case Term::Type::BigInteger:
        big(t.isNegativeBig(), t.bigMagnitude());
        break;
    case Term::Type::Float: {
        const double v = t.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        uchar b[8];
        qToBigEndian<quint64>(bits, b);
        u8(NewFloatExt);
        m_out->append(reinterpret_cast<const char *>(b), 8);
        break;
    }
    case Term::Type::Binary:
    case Term::Type::BitString: {
        const QByteArray bytes = t.bytes();
        const bool whole = t.type() == Term::Type::Binary;
        u8(whole ? BinaryExt : BitBinaryExt);
        u32(quint32(bytes.size()));
        if (!whole)
            u8(quint32(t.bitsInLastByte()));
        m_out->append(bytes);
        break;
    }
    case Term::Type::List:
        list(t);
        break;
    case Term::Type::Tuple: {
        const QList<Term> &items = t.items();
        if (items.size() <= 255) {
            u8(SmallTupleExt);
            u8(quint32(items.size()));
        } else {
            u8(LargeTupleExt);
            u32(quint32(items.size()));
        }
        for (const Term &e : items)
            term(e);
        break;
    }
    case Term::Type::Map: {
        const QList<Term> &items = t.items();
        u8(MapExt);
        u32(quint32(items.size() / 2));
        for (const Term &e : items)
            term(e);
        break;
    }
    case Term::Type::Pid:
    case Term::Type::Port:
    case Term::Type::Reference:
        identifier(t);
        break;
    case Term::Type::Fun:
        m_out->append(t.bytes());
        break;
    case Term::Type::Export:
        u8(ExportExt);
        atom(t.exportModule());
        atom(t.exportFunction());
        u8(SmallIntegerExt);
        u8(quint32(std::clamp(t.exportArity(), 0, 255)));
        break;
    }
}

} // namespace

QByteArray encode(const Term &term, bool withVersion)
{
    QByteArray out;
    if (withVersion)
        out.append(char(VersionMagic));
    Encoder(&out).term(term);
    return out;
}

} // namespace bilby::TermCodec
