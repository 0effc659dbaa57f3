// TermCodec::decode: a bounds-checked reader of the external term format (the encoder is in termencoder.cpp).
#include "termcodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace bilby::TermCodec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::TermCodec", text);
}

// Erlang refuses references with more id words than this; a larger count is garbage.
constexpr quint32 MaxReferenceWords = 5;
// Arity, Uniq, Index and NumFree of NEW_FUN_EXT, after its Size field.
constexpr quint32 NewFunFixedBytes = 1 + 16 + 4 + 4;

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray &bytes)
{
    if (isAscii(bytes))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

class Decoder
{
public:
    Decoder(const char *data, qsizetype size)
        : m_data(reinterpret_cast<const uchar *>(data))
        , m_size(data ? size : 0)
    {
    }

    bool term(int depth, Term *out);
    bool version();

    qsizetype pos() const { return m_pos; }
    const QString &message() const { return m_message; }
    qsizetype errorOffset() const { return m_errorOffset; }

    bool fail(const QString &message, qsizetype offset)
    {
        m_message = message;
        m_errorOffset = offset;
        return false;
    }

private:
    quint64 remaining() const { return quint64(m_size - m_pos); }
    bool need(quint64 n)
    {
        if (n <= remaining())
            return true;
        return fail(tr("The term is truncated: %1 more bytes needed, %2 left.").arg(n).arg(remaining()), m_pos);
    }
    // The readers below assume need() succeeded for their bytes.
    quint8 u8() { return m_data[m_pos++]; }
    quint16 u16()
    {
        const quint16 v = qFromBigEndian<quint16>(m_data + m_pos);
        m_pos += 2;
        return v;
    }
    quint32 u32()
    {
        const quint32 v = qFromBigEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return v;
    }
    QByteArray take(qsizetype n)
    {
        QByteArray bytes(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += n;
        return bytes;
    }
    // Every element takes at least one byte: a count beyond what remains is a lie, caught before allocating.
    bool countFits(quint64 count, quint64 bytesPerElement, qsizetype at)
    {
        if (count <= remaining() / bytesPerElement)
            return true;
        return fail(tr("The term claims %1 elements but only %2 bytes remain.").arg(count).arg(remaining()), at);
    }

    bool atom(QByteArray *name);
    bool smallInt(qsizetype at, int max, int *value);
    bool oldFloat(Term *out);
    bool newFloat(Term *out);
    bool big(quint64 length, Term *out);
    bool elements(quint64 count, int depth, QList<Term> *items);
    bool list(int depth, Term *out);
    bool bitBinary(Term *out);
    bool pid(quint8 tag, Term *out);
    bool port(quint8 tag, Term *out);
    bool reference(quint8 tag, Term *out);
    bool newFun(qsizetype start, Term *out);
    bool oldFun(qsizetype start, int depth, Term *out);
    bool exportFun(Term *out);

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QString m_message;
    qsizetype m_errorOffset = 0;
};

bool Decoder::version()
{
    if (!need(1))
        return false;
    const quint8 v = u8();
    if (v != VersionMagic)
        return fail(tr("Not an external term: version byte %1 instead of 131.").arg(v), 0);
    return true;
}

bool Decoder::term(int depth, Term *out)
{
    if (depth > MaxDepth)
        return fail(tr("The term is nested more than %1 levels deep.").arg(MaxDepth), m_pos);
    if (!need(1))
        return false;
    const qsizetype start = m_pos;
    const quint8 tag = u8();
    switch (tag) {
    case SmallIntegerExt:
        if (!need(1))
            return false;
        *out = Term::integer(u8());
        return true;
    case IntegerExt:
        if (!need(4))
            return false;
        *out = Term::integer(qint32(u32()));
        return true;
    case FloatExt:
        return oldFloat(out);
    case NewFloatExt:
        return newFloat(out);
    case AtomExt:
    case SmallAtomExt:
    case AtomUtf8Ext:
    case SmallAtomUtf8Ext: {
        m_pos = start;
        QByteArray name;
        if (!atom(&name))
            return false;
        *out = Term::atom(name);
        return true;
    }
    case AtomCacheRef:
        return fail(tr("Atom cache references are not supported outside the distribution header."), start);
    case SmallTupleExt:
    case LargeTupleExt: {
        if (!need(tag == SmallTupleExt ? 1 : 4))
            return false;
        const quint32 arity = tag == SmallTupleExt ? u8() : u32();
        QList<Term> items;
        if (!elements(arity, depth, &items))
            return false;
        *out = Term::tuple(items);
        return true;
    }
    case MapExt: {
        if (!need(4))
            return false;
        const quint32 arity = u32();
        QList<Term> kv;
        if (!countFits(arity, 2, start) || !elements(quint64(arity) * 2, depth, &kv))
            return false;
        QList<QPair<Term, Term>> pairs;
        pairs.reserve(arity);
        for (qsizetype i = 0; i < kv.size(); i += 2)
            pairs.append({kv.at(i), kv.at(i + 1)});
        *out = Term::map(pairs);
        return true;
    }
    case NilExt:
        *out = Term();
        return true;
    case StringExt: {
        if (!need(2))
            return false;
        const quint16 length = u16();
        if (!need(length))
            return false;
        *out = Term::charList(take(length));
        return true;
    }
    case ListExt:
        return list(depth, out);
    case BinaryExt: {
        if (!need(4))
            return false;
        const quint32 length = u32();
        if (!need(length))
            return false;
        *out = Term::binary(take(qsizetype(length)));
        return true;
    }
    case BitBinaryExt:
        return bitBinary(out);
    case SmallBigExt:
        return need(1) && big(u8(), out);
    case LargeBigExt:
        return need(4) && big(u32(), out);
    case PidExt:
    case NewPidExt:
        return pid(tag, out);
    case PortExt:
    case NewPortExt:
    case V4PortExt:
        return port(tag, out);
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
        return fail(tr("Unknown term tag %1.").arg(tag), start);
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
        return fail(tr("Expected an atom, found tag %1.").arg(tag), start);
    if (!need(small ? 1 : 2))
        return false;
    const quint16 length = small ? u8() : u16();
    if (!need(length))
        return false;
    const QByteArray raw = take(length);
    if (tag == AtomExt || tag == SmallAtomExt) {
        *name = isAscii(raw) ? raw : QString::fromLatin1(raw).toUtf8();
        return true;
    }
    if (!isValidUtf8(raw))
        return fail(tr("An atom is not valid UTF-8."), start);
    *name = raw;
    return true;
}

// A small integer field inside a structure (export arity, fun index...), in any integer encoding.
bool Decoder::smallInt(qsizetype at, int max, int *value)
{
    Term t;
    if (!term(MaxDepth, &t))
        return false;
    if (!t.isInteger() || t.toInt() < 0 || t.toInt() > max)
        return fail(tr("Expected an integer from 0 to %1.").arg(max), at);
    *value = int(t.toInt());
    return true;
}

bool Decoder::oldFloat(Term *out)
{
    // FLOAT_EXT: the value printed with "%.20e" into 31 bytes, zero padded.
    constexpr int FloatTextBytes = 31;
    const qsizetype at = m_pos;
    if (!need(FloatTextBytes))
        return false;
    const QByteArray text = take(FloatTextBytes);
    bool ok = false;
    const double v = text.left(qsizetype(qstrnlen(text.constData(), FloatTextBytes))).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return fail(tr("Invalid float text."), at);
    *out = Term::floating(v);
    return true;
}

bool Decoder::newFloat(Term *out)
{
    const qsizetype at = m_pos;
    if (!need(8))
        return false;
    const quint64 bits = qFromBigEndian<quint64>(m_data + m_pos);
    m_pos += 8;
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    // Erlang has no infinities or NaNs; a node never sends them.
    if (!std::isfinite(v))
        return fail(tr("The float is not finite."), at);
    *out = Term::floating(v);
    return true;
}

bool Decoder::big(quint64 length, Term *out)
{
    if (!need(length + 1))
        return false;
    const quint8 sign = u8();
    if (sign > 1)
        return fail(tr("Invalid sign byte %1 in a big integer.").arg(sign), m_pos - 1);
    *out = Term::bigInteger(sign == 1, take(qsizetype(length)));
    return true;
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
            *out = Term::list(items);
            return true;
        }
        Term tail;
        if (!term(depth + 1, &tail))
            return false;
        *out = Term::improperList(items, tail);
        return true;
    }
}

bool Decoder::bitBinary(Term *out)
{
    if (!need(5))
        return false;
    const quint32 length = u32();
    const quint8 bits = u8();
    if (bits < 1 || bits > 8 || length == 0)
        return fail(tr("Invalid bitstring: %1 bytes with %2 bits in the last.").arg(length).arg(bits), m_pos - 1);
    if (!need(length))
        return false;
    *out = Term::bitString(take(qsizetype(length)), bits);
    return true;
}

bool Decoder::pid(quint8 tag, Term *out)
{
    Term::Identifier id;
    if (!atom(&id.node) || !need(tag == NewPidExt ? 12 : 9))
        return false;
    const quint32 number = u32();
    const quint32 serial = u32();
    id.ids = {number, serial};
    id.creation = tag == NewPidExt ? u32() : u8();
    *out = Term::pid(id);
    return true;
}

bool Decoder::port(quint8 tag, Term *out)
{
    Term::Identifier id;
    if (!atom(&id.node) || !need(tag == V4PortExt ? 12 : (tag == NewPortExt ? 8 : 5)))
        return false;
    const quint32 high = tag == V4PortExt ? u32() : 0;
    const quint32 low = u32();
    id.ids = {low, high};
    id.creation = tag == PortExt ? u8() : u32();
    *out = Term::port(id);
    return true;
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
            return fail(tr("A reference has %1 id words (1 to 5 allowed).").arg(words), at);
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
    *out = Term::reference(id);
    return true;
}

bool Decoder::newFun(qsizetype start, Term *out)
{
    // Kept opaque: its Size field (which counts itself) gives where it ends.
    const qsizetype at = m_pos;
    if (!need(4))
        return false;
    const quint32 size = u32();
    if (size < 4 + NewFunFixedBytes)
        return fail(tr("A fun is too short (%1 bytes).").arg(size), at);
    if (!need(size - 4))
        return false;
    m_pos = at + size;
    *out = Term::fun(QByteArray(reinterpret_cast<const char *>(m_data + start), m_pos - start));
    return true;
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
        return fail(tr("A fun's creator is not a pid."), pidAt);
    QByteArray module;
    if (!atom(&module))
        return false;
    for (int i = 0; i < 2; ++i) {
        const qsizetype fieldAt = m_pos;
        Term field;
        if (!term(depth + 1, &field))
            return false;
        if (!field.isInteger())
            return fail(tr("A fun's index or uniq is not an integer."), fieldAt);
    }
    for (quint32 i = 0; i < numFree; ++i) {
        Term freeVar;
        if (!term(depth + 1, &freeVar))
            return false;
    }
    *out = Term::fun(QByteArray(reinterpret_cast<const char *>(m_data + start), m_pos - start));
    return true;
}

bool Decoder::exportFun(Term *out)
{
    QByteArray module;
    QByteArray function;
    int arity = 0;
    if (!atom(&module) || !atom(&function) || !smallInt(m_pos, 255, &arity))
        return false;
    *out = Term::exportFun(module, function, arity);
    return true;
}

} // namespace

std::optional<Term> decode(const char *data, qsizetype size, DecodeError *error, bool withVersion,
                           qsizetype *consumed)
{
    Decoder decoder(data, size < 0 ? 0 : size);
    Term result;
    bool ok = (!withVersion || decoder.version()) && decoder.term(0, &result);
    if (ok && !consumed && decoder.pos() != size) {
        ok = decoder.fail(tr("%1 unexpected bytes follow the term.").arg(size - decoder.pos()), decoder.pos());
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
