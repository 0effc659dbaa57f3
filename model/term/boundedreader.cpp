#include "term/boundedreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace bilby {

namespace {
// The decoder's own context, so that these strings keep their translations.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::TermCodec)
};
bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return quint8(c) < 0x80; });
}

} // namespace

bool BoundedReader::need(quint64 n)
{
    if (n <= remaining())
        return true;
    return fail(ReaderText::tr("The term is truncated: %1 more bytes needed, %2 left.").arg(n).arg(remaining()), m_pos);
}

bool BoundedReader::sized(int lengthBytes, QByteArray *bytes)
{
    if (!need(quint64(lengthBytes)))
        return false;
    const quint32 length = lengthBytes == 1 ? u8() : (lengthBytes == 2 ? u16() : u32());
    if (!need(length))
        return false;
    *bytes = take(qsizetype(length));
    return true;
}

bool BoundedReader::countFits(quint64 count, quint64 bytesPerElement, qsizetype at)
{
    if (count <= remaining() / bytesPerElement)
        return true;
    return fail(ReaderText::tr("The term claims %1 elements but only %2 bytes remain.").arg(count).arg(remaining()),
                at);
}

QByteArray BoundedReader::latin1ToUtf8(const QByteArray &bytes)
{
    return isAscii(bytes) ? bytes : QString::fromLatin1(bytes).toUtf8();
}

bool BoundedReader::isValidUtf8(const QByteArray &bytes)
{
    if (isAscii(bytes))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace bilby
