#include "term/erlangrenderer.h"

#include "term/termcodec.h"

#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace bilby {

namespace {

bool isPrintable(char32_t c)
{
    // io_lib:printable_unicode_list/1, which also accepts the common control escapes.
    switch (c) {
    case '\n':
    case '\r':
    case '\t':
    case '\v':
    case '\b':
    case '\f':
    case 27:
        return true;
    default:
        return (c >= 32 && c < 127) || (c >= 160 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE) ||
               (c >= 0x10000 && c <= 0x10FFFF);
    }
}

// Strict UTF-8 (no overlongs, surrogates or values beyond U+10FFFF); advances @p p past one code point.
bool nextCodePoint(const uchar *&p, const uchar *end, char32_t *cp)
{
    const uchar lead = *p;
    if (lead < 0x80) {
        *cp = lead;
        ++p;
        return true;
    }
    const int extra = (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2 : (lead & 0xF8) == 0xF0 ? 3 : 0;
    if (extra == 0 || end - p <= extra)
        return false;
    static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
    char32_t value = lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return false;
        value = (value << 6) | (p[i] & 0x3F);
    }
    if (value < minimum[extra] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return false;
    *cp = value;
    p += extra + 1;
    return true;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// One character inside "..." or '...', with the escapes Erlang reads back.
void appendEscaped(QString &out, char32_t c, char16_t quote)
{
    static constexpr struct
    {
        char32_t c;
        const char *text;
    } escapes[] = {{'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}, {'\v', "\\v"},
                   {'\b', "\\b"}, {'\f', "\\f"}, {27, "\\e"},   {'\\', "\\\\"}};
    const char *escape = nullptr;
    for (const auto &e : escapes) {
        if (e.c == c)
            escape = e.text;
    }
    if (escape) {
        out.append(QLatin1String(escape));
    } else if (c == quote) {
        out.append(QLatin1Char('\\')).append(QChar(quote));
    } else if (!isPrintable(c)) {
        out.append(QStringLiteral("\\x{%1}").arg(uint(c), 0, 16));
    } else {
        appendCodePoint(out, c);
    }
}

QString atomText(const QByteArray &utf8)
{
    static const char *const reserved[] = {"after",   "and",  "andalso", "band",  "begin", "bnot", "bor",  "bsl",
                                           "bsr",     "bxor", "case",    "catch", "cond",  "div",  "else", "end",
                                           "fun",     "if",   "let",     "maybe", "not",   "of",   "or",   "orelse",
                                           "receive", "rem",  "try",     "when",  "xor"};
    const QList<uint> cps = QString::fromUtf8(utf8).toUcs4();
    // Unquoted atoms start with a lowercase Latin-1 letter and go on with letters, digits, '_' or '@'.
    auto lower = [](uint c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); };
    auto nameChar = [&lower](uint c) {
        return lower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
               (c >= 192 && c <= 222 && c != 215);
    };
    bool plain = !cps.isEmpty() && lower(cps.first()) && std::all_of(cps.cbegin(), cps.cend(), nameChar);
    plain =
        plain && std::none_of(std::begin(reserved), std::end(reserved), [&utf8](const char *w) { return utf8 == w; });
    if (plain)
        return QString::fromUtf8(utf8);
    QString out(QLatin1Char('\''));
    for (uint c : cps)
        appendEscaped(out, c, u'\'');
    return out.append(QLatin1Char('\''));
}

QString floatText(double v)
{
    // Erlang's shortest round-trip spelling (1.0, 0.1, 1.0e3, 2.5e-7): the shorter of the plain and the
    // exponent forms of the shortest digits, plain on a tie.
    if (!std::isfinite(v))
        return v != v ? QStringLiteral("nan") : QLatin1String(v < 0 ? "-inf" : "inf");
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const QByteArray text(buf, qsizetype(result.ptr - buf)); // "-d.ddde-XX"
    const bool negative = text.startsWith('-');
    const qsizetype e = text.indexOf('e');
    const QByteArray digits = text.mid(negative ? 1 : 0, e - (negative ? 1 : 0)).replace('.', QByteArray());
    const int exponent = text.mid(e + 1).toInt();
    const qsizetype n = digits.size();
    const QByteArray scientific =
        digits.left(1) + '.' + (n > 1 ? digits.mid(1) : QByteArray("0")) + 'e' + QByteArray::number(exponent);
    QByteArray plain;
    if (exponent < 0)
        plain = "0." + QByteArray(-exponent - 1, '0') + digits;
    else if (n - 1 <= exponent)
        plain = digits + QByteArray(exponent - (n - 1), '0') + ".0";
    else
        plain = digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
    const QByteArray &best = plain.size() <= scientific.size() ? plain : scientific;
    return QString::fromLatin1((negative ? "-" : "") + best);
}

} // namespace

QString ErlangRenderer::bigText(bool negative, const QByteArray &magnitudeLE)
{
    // Decimal conversion is quadratic: beyond ~40000 digits use Erlang's exact base-16 notation instead.
    constexpr qsizetype MaxDecimalBytes = 16384;
    if (magnitudeLE.size() > MaxDecimalBytes) {
        QByteArray be(magnitudeLE.size(), Qt::Uninitialized);
        std::reverse_copy(magnitudeLE.cbegin(), magnitudeLE.cend(), be.begin());
        QByteArray digits = be.toHex().toUpper();
        while (digits.size() > 1 && digits.startsWith('0'))
            digits.remove(0, 1);
        return QString::fromLatin1((negative ? "-16#" : "16#") + digits);
    }
    // Schoolbook division by 10^9 over 32-bit limbs.
    std::vector<quint32> limbs(size_t((magnitudeLE.size() + 3) / 4), 0);
    for (qsizetype i = 0; i < magnitudeLE.size(); ++i)
        limbs[size_t(i / 4)] |= quint32(quint8(magnitudeLE.at(i))) << (8 * (i % 4));
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    std::vector<quint32> chunks; // base 10^9 digits, least significant first
    while (!limbs.empty()) {
        quint64 rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            const quint64 cur = (rem << 32) | limbs[i];
            limbs[i] = quint32(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks.push_back(quint32(rem));
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
    }
    if (chunks.empty())
        return QStringLiteral("0");
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;)
        out += QStringLiteral("%1").arg(chunks[i], 9, 10, QLatin1Char('0'));
    return out;
}

bool ErlangRenderer::isPrintableString(const Term &t)
{
    return t.isCharList() && std::all_of(t.items().cbegin(), t.items().cend(),
                                         [](const Term &c) { return isPrintable(char32_t(c.toInt())); });
}

QString ErlangRenderer::result() const
{
    if (!full())
        return m_out;
    qsizetype keep = std::max(0, m_limit - 3);
    if (keep > 0 && m_out.at(keep - 1).isHighSurrogate())
        --keep;
    return (m_out.left(keep) + QStringLiteral("...")).left(m_limit);
}

void ErlangRenderer::binary(const Term &t)
{
    const QByteArray bytes = t.bytes();
    const bool whole = t.type() == Term::Type::Binary;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto *end = p + bytes.size();
    // When cut anyway, only the part that can show decides between text and numbers.
    const uchar *scanEnd = m_limit > 0 ? p + std::min<qsizetype>(bytes.size(), qsizetype(m_limit) * 4 + 4) : end;
    bool text = whole && !bytes.isEmpty();
    bool ascii = true;
    for (const uchar *q = p; text && q < scanEnd;) {
        char32_t c = 0;
        // A sequence cut by scanEnd is still fine when the whole binary holds it.
        text = nextCodePoint(q, end, &c) && isPrintable(c);
        ascii = ascii && c < 0x80;
    }
    m_out.append(QLatin1String("<<"));
    if (text) {
        m_out.append(QLatin1Char('"'));
        for (const uchar *q = p; q < end && !full();) {
            char32_t c = 0;
            if (!nextCodePoint(q, end, &c))
                break;
            appendEscaped(m_out, c, u'"');
        }
        m_out.append(ascii ? QLatin1String("\"") : QLatin1String("\"/utf8"));
    } else {
        const qsizetype count = whole ? bytes.size() : bytes.size() - 1;
        for (qsizetype i = 0; i < count && !full(); ++i) {
            if (i > 0)
                m_out.append(QLatin1Char(','));
            m_out.append(QString::number(quint8(bytes.at(i))));
        }
        if (!whole) {
            const int bits = t.bitsInLastByte();
            if (count > 0)
                m_out.append(QLatin1Char(','));
            m_out.append(QStringLiteral("%1:%2").arg(quint8(bytes.back()) >> (8 - bits)).arg(bits));
        }
    }
    m_out.append(QLatin1String(">>"));
}

void ErlangRenderer::funText(const QByteArray &raw)
{
    // Erlang shows #Fun<Module.Index.Uniq>; the fields sit at fixed places in NEW_FUN_EXT, after the pid in FUN_EXT.
    QStringList fields;
    qsizetype pos = 0;
    auto next = [&raw, &pos](bool *ok) {
        qsizetype used = 0;
        const auto t = TermCodec::decode(raw.constData() + pos, raw.size() - pos, nullptr, false, &used);
        *ok = t.has_value();
        pos += used;
        return t.value_or(Term());
    };
    bool ok = !raw.isEmpty();
    if (ok && quint8(raw.at(0)) == TermCodec::NewFunExt && raw.size() >= 30) {
        const auto *index = reinterpret_cast<const uchar *>(raw.constData()) + 22;
        pos = 30;
        const Term module = next(&ok);
        if (ok)
            next(&ok); // OldIndex: the shell shows Index
        const Term oldUniq = ok ? next(&ok) : Term();
        fields << atomText(module.atomName()) << QString::number(qFromBigEndian<quint32>(index))
               << QString::number(oldUniq.toInt());
    } else if (ok && quint8(raw.at(0)) == TermCodec::FunExt && raw.size() >= 5) {
        pos = 5;
        next(&ok); // the creator pid
        const Term module = ok ? next(&ok) : Term();
        const Term index = ok ? next(&ok) : Term();
        const Term uniq = ok ? next(&ok) : Term();
        fields << atomText(module.atomName()) << QString::number(index.toInt()) << QString::number(uniq.toInt());
    } else {
        ok = false;
    }
    m_out.append(QLatin1String("#Fun<") + (ok ? fields.join(QLatin1Char('.')) : QString()) + QLatin1Char('>'));
}

void ErlangRenderer::term(const Term &t)
{
    if (full())
        return;
    const Term::Identifier &id = t.identifier();
    switch (t.type()) {
    case Term::Type::Atom:
        m_out.append(atomText(t.atomName()));
        break;
    case Term::Type::Integer:
        m_out.append(QString::number(t.toInt()));
        break;
    case Term::Type::BigInteger:
        m_out.append(bigText(t.isNegativeBig(), t.bigMagnitude()));
        break;
    case Term::Type::Float:
        m_out.append(floatText(t.toDouble()));
        break;
    case Term::Type::Binary:
    case Term::Type::BitString:
        binary(t);
        break;
    case Term::Type::List:
        if (isPrintableString(t)) {
            m_out.append(QLatin1Char('"'));
            for (const Term &c : t.items()) {
                if (full())
                    break;
                appendEscaped(m_out, char32_t(c.toInt()), u'"');
            }
            m_out.append(QLatin1Char('"'));
            break;
        }
        m_out.append(QLatin1Char('['));
        for (qsizetype i = 0; i < t.items().size() && !full(); ++i) {
            if (i > 0)
                m_out.append(QLatin1Char(','));
            term(t.items().at(i));
        }
        if (!t.isProperList()) {
            m_out.append(QLatin1Char('|'));
            term(t.tail());
        }
        m_out.append(QLatin1Char(']'));
        break;
    case Term::Type::Tuple:
        m_out.append(QLatin1Char('{'));
        for (qsizetype i = 0; i < t.items().size() && !full(); ++i) {
            if (i > 0)
                m_out.append(QLatin1Char(','));
            term(t.items().at(i));
        }
        m_out.append(QLatin1Char('}'));
        break;
    case Term::Type::Map:
        m_out.append(QLatin1String("#{"));
        for (qsizetype i = 0; i + 1 < t.items().size() && !full(); i += 2) {
            if (i > 0)
                m_out.append(QLatin1Char(','));
            term(t.items().at(i));
            m_out.append(QLatin1String(" => "));
            term(t.items().at(i + 1));
        }
        m_out.append(QLatin1Char('}'));
        break;
    case Term::Type::Pid:
        m_out.append(
            QStringLiteral("#Pid<%1.%2.%3>").arg(QString::fromUtf8(id.node)).arg(id.ids.value(0)).arg(id.ids.value(1)));
        break;
    case Term::Type::Port:
        m_out.append(QStringLiteral("#Port<%1.%2>")
                         .arg(QString::fromUtf8(id.node))
                         .arg(quint64(id.ids.value(1)) << 32 | id.ids.value(0)));
        break;
    case Term::Type::Reference: {
        // Like the shell, the most significant word first.
        QString ref = QLatin1String("#Ref<") + QString::fromUtf8(id.node);
        for (qsizetype i = id.ids.size(); i-- > 0;)
            ref += QLatin1Char('.') + QString::number(id.ids.at(i));
        m_out.append(ref + QLatin1Char('>'));
        break;
    }
    case Term::Type::Fun:
        funText(t.bytes());
        break;
    case Term::Type::Export:
        m_out.append(QStringLiteral("fun %1:%2/%3")
                         .arg(atomText(t.exportModule()), atomText(t.exportFunction()))
                         .arg(t.exportArity()));
        break;
    }
}

} // namespace bilby
