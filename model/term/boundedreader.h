#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

namespace bilby {

/**
 * @brief Reads big-endian fields from a byte buffer, checking every length against what remains, and
 * keeps the first failure (message and offset) for the caller. The base of the term decoder.
 */
class BoundedReader
{
public:
    BoundedReader(const char *data, qsizetype size)
        : m_data(reinterpret_cast<const uchar *>(data))
        , m_size(data ? size : 0)
    {}

    qsizetype pos() const { return m_pos; }
    const QString &message() const { return m_message; }
    qsizetype errorOffset() const { return m_errorOffset; }

    bool fail(const QString &message, qsizetype offset)
    {
        m_message = message;
        m_errorOffset = offset;
        return false;
    }

protected:
    quint64 remaining() const { return quint64(m_size - m_pos); }
    /// false, with the failure set, when fewer than @p n bytes remain.
    bool need(quint64 n);
    // The readers below assume need() succeeded for their bytes.
    quint8 u8() { return m_data[m_pos++]; }
    template <typename T>
    T read()
    {
        const T v = qFromBigEndian<T>(m_data + m_pos);
        m_pos += qsizetype(sizeof(T));
        return v;
    }
    quint16 u16() { return read<quint16>(); }
    quint32 u32() { return read<quint32>(); }
    QByteArray take(qsizetype n)
    {
        QByteArray bytes(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += n;
        return bytes;
    }
    /// A length of @p lengthBytes bytes, then that many bytes.
    bool sized(int lengthBytes, QByteArray *bytes);
    /// Every element takes at least one byte: a count beyond what remains is a lie, caught before allocating.
    bool countFits(quint64 count, quint64 bytesPerElement, qsizetype at);
    /// Latin-1 text as UTF-8 (ASCII is both, as it is).
    static QByteArray latin1ToUtf8(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes);

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;

private:
    QString m_message;
    qsizetype m_errorOffset = 0;
};

} // namespace bilby
