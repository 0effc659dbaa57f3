// TermCodec::decode: the external term format's tags, read through a BoundedReader (the encoder is in termencoder.cpp).
#include "term/termcodec.h"

#include "term/boundedreader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bilby::TermCodec {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct DecoderText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::TermCodec)
};

// Erlang refuses references with more id words than this; a larger count is garbage.
constexpr quint32 MaxReferenceWords = 5;
// Arity, Uniq, Index and NumFree of NEW_FUN_EXT, after its Size field.
constexpr quint32 NewFunFixedBytes = 1 + 16 + 4 + 4;

// The per-tag decoding; the bytes are read through BoundedReader, which checks every length.
class Decoder : public BoundedReader
{
public:
    using BoundedReader::BoundedReader;

    bool term(int depth, Term *out);
    bool version();

private:
    // Stores a decoded value; true so that reads and the store chain with &&.
    static bool put(Term *out, Term t)
    {
        *out = std::move(t);
        return true;
    }

    bool atom(QByteArray *name);
    bool floating(bool text, Term *out);
    bool big(quint64 length, Term *out);
    bool elements(quint64 count, int depth, QList<Term> *items);
    bool list(int depth, Term *out);
    bool bitBinary(Term *out);
    bool pidOrPort(quint8 tag, Term *out);
    bool reference(quint8 tag, Term *out);
    bool newFun(qsizetype start, Term *out);
    bool oldFun(qsizetype start, int depth, Term *out);
    bool exportFun(Term *out);
};

bool Decoder::version()
{
    if (!need(1))
        return false;
    const quint8 v = u8();
    if (v != VersionMagic)
        return fail(DecoderText::tr("Not an external term: version byte %1 instead of 131.").arg(v), 0);
    return true;
}

bool Decoder::term(int depth, Term *out)
{
    if (depth > MaxDepth)
        return fail(DecoderText::tr("The term is nested more than %1 levels deep.").arg(MaxDepth), m_pos);
    if (!need(1))
        return false;
    const qsizetype start = m_pos;
    const quint8 tag = u8();
    QByteArray bytes;
    switch (tag) {
    case SmallIntegerExt:
        return need(1) && put(out, Term::integer(u8()));
    case IntegerExt:
        return need(4) && put(out, Term::integer(qint32(u32())));
    case FloatExt:
    case NewFloatExt:
        return floating(tag == FloatExt, out);
    case AtomExt:
    case SmallAtomExt:
    case AtomUtf8Ext:
    case SmallAtomUtf8Ext:
        m_pos = start;
        return atom(&bytes) && put(out, Term::atom(bytes));
    case AtomCacheRef:
        return fail(DecoderText::tr("Atom cache references are not supported outside the distribution header."), start);
    case SmallTupleExt:
    case LargeTupleExt: {
        QList<Term> items;
        return need(tag == SmallTupleExt ? 1 : 4) && elements(tag == SmallTupleExt ? u8() : u32(), depth, &items) &&
               put(out, Term::tuple(items));
    }
    case MapExt: {
        QList<Term> kv;
        if (!need(4) || !elements(quint64(u32()) * 2, depth, &kv))
            return false;
        QList<QPair<Term, Term>> pairs;
        pairs.reserve(kv.size() / 2);
        for (qsizetype i = 0; i < kv.size(); i += 2)
            pairs.append({kv.at(i), kv.at(i + 1)});
        return put(out, Term::map(pairs));
    }
    case NilExt:
        return put(out, Term());
    case StringExt:
        return sized(2, &bytes) && put(out, Term::charList(bytes));
    case BinaryExt:
        return sized(4, &bytes) && put(out, Term::binary(bytes));
    case ListExt:
        return list(depth, out);
    case BitBinaryExt:
        return bitBinary(out);
    case SmallBigExt:
        return need(1) && big(u8(), out);
    case LargeBigExt:
        return need(4) && big(u32(), out);
    case PidExt:
    case NewPidExt:
    case PortExt:
    case NewPortExt:
    case V4PortExt:
        return pidOrPort(tag, out);
    case ReferenceExt:
    case NewReferenceExt:
    case NewerReferenceExt:
        return reference(tag, out);
    case NewFunExt:
        return newFun(start, out);
    case FunExt:
        return oldFun(start, depth, out);
    case ExportExt:
        return exportFun(out);
    default:
        return fail(DecoderText::tr("Unknown term tag %1.").arg(tag), start);
    }
}

bool Decoder::atom(QByteArray *name)
{
    const qsizetype start = m_pos;
    if (!need(1))
        return false;
    const quint8 tag = u8();
    const bool small = tag == SmallAtomExt || tag == SmallAtomUtf8Ext;
    if (!small && tag != AtomExt && tag != AtomUtf8Ext)
        return fail(DecoderText::tr("Expected an atom, found tag %1.").arg(tag), start);
    QByteArray raw;
    if (!sized(small ? 1 : 2, &raw))
        return false;
    if (tag == AtomExt || tag == SmallAtomExt) {
        *name = latin1ToUtf8(raw);
        return true;
    }
    if (!isValidUtf8(raw))
        return fail(DecoderText::tr("An atom is not valid UTF-8."), start);
    *name = raw;
    return true;
}

bool Decoder::floating(bool text, Term *out)
{
    // FLOAT_EXT holds the value printed with "%.20e" in 31 zero-padded bytes; NEW_FLOAT_EXT an IEEE double.
    constexpr int FloatTextBytes = 31;
    const qsizetype at = m_pos;
    if (!need(text ? FloatTextBytes : 8))
        return false;
    bool ok = true;
    double v = 0;
    if (text) {
        const QByteArray digits = take(FloatTextBytes);
        v = digits.left(qsizetype(qstrnlen(digits.constData(), FloatTextBytes))).toDouble(&ok);
    } else {
        const auto bits = read<quint64>();
        std::memcpy(&v, &bits, sizeof v);
    }
    // Erlang has no infinities or NaNs; a node never sends them.
    if (!ok || !std::isfinite(v))
        return fail(DecoderText::tr("Invalid or non-finite float."), at);
    return put(out, Term::floating(v));
}

bool Decoder::big(quint64 length, Term *out)
{
    if (!need(length + 1))
        return false;
    const quint8 sign = u8();
    if (sign > 1)
        return fail(DecoderText::tr("Invalid sign byte %1 in a big integer.").arg(sign), m_pos - 1);
    return put(out, Term::bigInteger(sign == 1, take(qsizetype(length))));
}

bool Decoder::elements(quint64 count, int depth, QList<Term> *items)
{
    if (!countFits(count, 1, m_pos))
        return false;
    items->reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        Term t;
        if (!term(depth + 1, &t))
            return false;
        items->append(t);
    }
    return true;
}

bool Decoder::list(int depth, Term *out)
{
    // Tails that are lists again are followed in this loop, not by recursion: [a|[b|[c]]] costs no stack.
    QList<Term> items;
    for (;;) {
        const qsizetype at = m_pos;
        if (!need(4))
            return false;
        const quint32 count = u32();
        // Elements plus the tail: at least count + 1 bytes.
        if (!countFits(quint64(count) + 1, 1, at))
            return false;
        if (items.isEmpty())
            items.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            Term t;
            if (!term(depth + 1, &t))
                return false;
            items.append(t);
        }
        if (!need(1))
            return false;
        const quint8 tailTag = m_data[m_pos];
        if (tailTag == ListExt) {
            ++m_pos;
            continue;
        }
        if (tailTag == NilExt) {
            ++m_pos;
            return put(out, Term::list(items));
        }
        Term tail;
        if (!term(depth + 1, &tail))
            return false;
        return put(out, Term::improperList(items, tail));
    }
}

bool Decoder::bitBinary(Term *out)
{
    if (!need(5))
        return false;
    const quint32 length = u32();
    const quint8 bits = u8();
    if (bits < 1 || bits > 8 || length == 0)
        return fail(DecoderText::tr("Invalid bitstring: %1 bytes with %2 bits in the last.").arg(length).arg(bits),
                    m_pos - 1);
    if (!need(length))
        return false;
    return put(out, Term::bitString(take(qsizetype(length)), bits));
}

bool Decoder::pidOrPort(quint8 tag, Term *out)
{
    const bool isPid = tag == PidExt || tag == NewPidExt;
    const int fields = tag == V4PortExt || tag == NewPidExt ? 12 : (tag == NewPortExt ? 8 : (tag == PidExt ? 9 : 5));
    Term::Identifier id;
    if (!atom(&id.node) || !need(quint64(fields)))
        return false;
    // Pids hold {id, serial}; ports {low, high} of their id, of which only V4_PORT_EXT has a high word.
    const quint32 first = u32();
    const quint32 second = isPid || tag == V4PortExt ? u32() : 0;
    id.ids = tag == V4PortExt ? QList<quint32>{second, first} : QList<quint32>{first, second};
    id.creation = tag == NewPidExt || tag == NewPortExt || tag == V4PortExt ? u32() : u8();
    return put(out, isPid ? Term::pid(id) : Term::port(id));
}

bool Decoder::reference(quint8 tag, Term *out)
{
    const qsizetype at = m_pos;
    quint16 words = 1;
    if (tag != ReferenceExt) {
        if (!need(2))
            return false;
        words = u16();
        if (words < 1 || words > MaxReferenceWords)
            return fail(DecoderText::tr("A reference has %1 id words (1 to 5 allowed).").arg(words), at);
    }
    Term::Identifier id;
    if (!atom(&id.node))
        return false;
    const bool wideCreation = tag == NewerReferenceExt;
    if (!need(4u * words + (wideCreation ? 4 : 1)))
        return false;
    // The old REFERENCE_EXT puts its one id word before the creation; the others put it after.
    if (tag == ReferenceExt)
        id.ids.append(u32());
    id.creation = wideCreation ? u32() : u8();
    if (tag != ReferenceExt) {
        for (quint16 i = 0; i < words; ++i)
            id.ids.append(u32());
    }
    return put(out, Term::reference(id));
}

bool Decoder::newFun(qsizetype start, Term *out)
{
    // Kept opaque: its Size field (which counts itself) gives where it ends.
    const qsizetype at = m_pos;
    if (!need(4))
        return false;
    const quint32 size = u32();
    if (size < 4 + NewFunFixedBytes)
        return fail(DecoderText::tr("A fun is too short (%1 bytes).").arg(size), at);
    if (!need(size - 4))
        return false;
    m_pos = at + size;
    return put(out, Term::fun(QByteArray(reinterpret_cast<const char *>(m_data + start), m_pos - start)));
}

bool Decoder::oldFun(qsizetype start, int depth, Term *out)
{
    // FUN_EXT has no size: walk NumFree, Pid, Module, Index, Uniq and the free variables to find its end.
    if (!need(4))
        return false;
    const quint32 numFree = u32();
    if (!countFits(numFree, 1, m_pos - 4))
        return false;
    const qsizetype pidAt = m_pos;
    Term creator;
    if (!term(depth + 1, &creator))
        return false;
    if (!creator.isPid())
        return fail(DecoderText::tr("A fun's creator is not a pid."), pidAt);
    QByteArray module;
    if (!atom(&module))
        return false;
    for (int i = 0; i < 2; ++i) {
        const qsizetype fieldAt = m_pos;
        Term field;
        if (!term(depth + 1, &field))
            return false;
        if (!field.isInteger())
            return fail(DecoderText::tr("A fun's index or uniq is not an integer."), fieldAt);
    }
    for (quint32 i = 0; i < numFree; ++i) {
        Term freeVar;
        if (!term(depth + 1, &freeVar))
            return false;
    }
    return put(out, Term::fun(QByteArray(reinterpret_cast<const char *>(m_data + start), m_pos - start)));
}

bool Decoder::exportFun(Term *out)
{
    QByteArray module;
    QByteArray function;
    Term arity;
    if (!atom(&module) || !atom(&function))
        return false;
    const qsizetype at = m_pos;
    if (!term(MaxDepth, &arity)) // an integer: no nesting allowed
        return false;
    if (!arity.isInteger() || arity.toInt() < 0 || arity.toInt() > 255)
        return fail(DecoderText::tr("An export's arity is not an integer from 0 to 255."), at);
    return put(out, Term::exportFun(module, function, int(arity.toInt())));
}

} // namespace

std::optional<Term> decode(const char *data, qsizetype size, DecodeError *error, bool withVersion, qsizetype *consumed)
{
    Decoder decoder(data, size < 0 ? 0 : size);
    Term result;
    bool ok = (!withVersion || decoder.version()) && decoder.term(0, &result);
    if (ok && !consumed && decoder.pos() != size) {
        ok = decoder.fail(DecoderText::tr("%1 unexpected bytes follow the term.").arg(size - decoder.pos()),
                          decoder.pos());
    }
    if (!ok) {
        if (error)
            *error = DecodeError{decoder.message(), decoder.errorOffset()};
        return std::nullopt;
    }
    if (consumed)
        *consumed = decoder.pos();
    return result;
}

std::optional<Term> decode(const QByteArray &data, DecodeError *error, bool withVersion, qsizetype *consumed)
{
    return decode(data.constData(), data.size(), error, withVersion, consumed);
}

} // namespace bilby::TermCodec
