#include "store/pointcodec.h"

#include <cmath>
#include <cstring>

namespace bilby::PointCodec {

namespace {

constexpr char FormatVersion = 1;
// Whole numbers beyond 2^52 lose nothing as doubles but might overflow a delta: store them as doubles.
constexpr double MaxExactInteger = 4503599627370496.0;

uint64_t zigzag(int64_t v)
{
    return (uint64_t(v) << 1) ^ uint64_t(v >> 63);
}

int64_t unzigzag(uint64_t v)
{
    return int64_t(v >> 1) ^ -int64_t(v & 1);
}

void putVarint(QByteArray &out, uint64_t v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const char *&p, const char *end, uint64_t &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const auto byte = uint8_t(*p++);
        v |= uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

bool isWhole(double v)
{
    return std::isfinite(v) && std::abs(v) < MaxExactInteger && v == std::floor(v);
}

} // namespace

QByteArray encode(const std::vector<Row> &rows, int columns)
{
    QByteArray out;
    out.reserve(int(rows.size()) * (2 + columns * 3) + 8);
    out.append(FormatVersion);
    out.append(char(columns));
    putVarint(out, rows.size());
    int64_t prevTime = 0;
    int64_t prevDelta = 0;
    int64_t prevWhole[MaxColumns] = {0, 0, 0, 0, 0};
    for (const Row &row : rows) {
        const int64_t delta = row.timeMs - prevTime;
        putVarint(out, zigzag(delta - prevDelta));
        prevDelta = delta;
        prevTime = row.timeMs;
        for (int c = 0; c < columns; ++c) {
            const double v = row.v[c];
            if (isWhole(v)) {
                const auto whole = int64_t(v);
                putVarint(out, zigzag(whole - prevWhole[c]) << 1);
                prevWhole[c] = whole;
            } else {
                putVarint(out, 1);
                char bytes[8];
                std::memcpy(bytes, &v, 8);
                out.append(bytes, 8);
            }
        }
    }
    return out;
}

bool decode(const QByteArray &blob, int columns, std::vector<Row> &rows)
{
    const char *p = blob.constData();
    const char *end = p + blob.size();
    if (blob.size() < 3 || p[0] != FormatVersion || p[1] != char(columns) || columns > MaxColumns)
        return false;
    p += 2;
    uint64_t count = 0;
    // Each point takes at least one byte per column and one for its time: a larger count is damage.
    if (!getVarint(p, end, count) || count > uint64_t(end - p))
        return false;
    // Runs are decoded one after another into the same vector: reserving the exact size each time
    // would defeat the vector's geometric growth and copy everything once per run.
    if (rows.empty())
        rows.reserve(count);
    int64_t prevTime = 0;
    int64_t prevDelta = 0;
    int64_t prevWhole[MaxColumns] = {0, 0, 0, 0, 0};
    for (uint64_t i = 0; i < count; ++i) {
        Row row;
        uint64_t code = 0;
        if (!getVarint(p, end, code))
            return false;
        prevDelta += unzigzag(code);
        prevTime += prevDelta;
        row.timeMs = prevTime;
        for (int c = 0; c < columns; ++c) {
            if (!getVarint(p, end, code))
                return false;
            if (code & 1) {
                if (end - p < 8)
                    return false;
                std::memcpy(&row.v[c], p, 8);
                p += 8;
            } else {
                prevWhole[c] += unzigzag(code >> 1);
                row.v[c] = double(prevWhole[c]);
            }
        }
        rows.push_back(row);
    }
    return p == end;
}

} // namespace bilby::PointCodec
