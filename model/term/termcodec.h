#pragma once

#include "term/term.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * @brief Erlang external term format (ETF), decoded with bounds checks on every read.
 *
 * Input comes from the network, so malformed, truncated or hostile bytes must give an error,
 * never a crash, an out-of-bounds read or unbounded recursion/allocation.
 */
namespace bilby::TermCodec {

/// Magic version byte that starts a term_to_binary result.
constexpr unsigned char VersionMagic = 131;

/// Tags of the external term format (erts/doc "External Term Format").
enum Tag : unsigned char {
    NewFloatExt = 70,
    BitBinaryExt = 77,
    AtomCacheRef = 82,
    NewPidExt = 88,
    NewPortExt = 89,
    NewerReferenceExt = 90,
    SmallIntegerExt = 97,
    IntegerExt = 98,
    FloatExt = 99,
    AtomExt = 100,
    ReferenceExt = 101,
    PortExt = 102,
    PidExt = 103,
    SmallTupleExt = 104,
    LargeTupleExt = 105,
    NilExt = 106,
    StringExt = 107,
    ListExt = 108,
    BinaryExt = 109,
    SmallBigExt = 110,
    LargeBigExt = 111,
    NewFunExt = 112,
    ExportExt = 113,
    NewReferenceExt = 114,
    SmallAtomExt = 115,
    MapExt = 116,
    FunExt = 117,
    AtomUtf8Ext = 118,
    SmallAtomUtf8Ext = 119,
    V4PortExt = 120,
};

struct DecodeError
{
    QString message;      ///< what was wrong, for logs and the user
    qsizetype offset = 0; ///< byte offset where decoding stopped
};

/**
 * Decodes one term from @p data.
 * @param withVersion expect the 131 version byte first (messages); false for ei_rpc payloads.
 * @param consumed if set, receives the number of bytes used; otherwise trailing bytes are an error.
 */
std::optional<Term> decode(const QByteArray &data, DecodeError *error = nullptr, bool withVersion = true,
                           qsizetype *consumed = nullptr);
std::optional<Term> decode(const char *data, qsizetype size, DecodeError *error = nullptr, bool withVersion = true,
                           qsizetype *consumed = nullptr);

/// Encodes @p term; the result starts with the version byte when @p withVersion.
QByteArray encode(const Term &term, bool withVersion = true);

/// Nesting limit for decode (lists/tuples/maps inside each other), against stack exhaustion.
constexpr int MaxDepth = 512;

} // namespace bilby::TermCodec
