#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace bilby::PointCodec {

/// One stored point: a time and up to five values (raw: value; history: mean, lo, hi, count;
/// rollup: mean, lo, hi, last, count).
struct Row
{
    qint64 timeMs = 0;
    double v[5] = {0, 0, 0, 0, 0};
};

constexpr int MaxColumns = 5;

/**
 * @brief Packs a run of points of one series into a blob, a few bytes per point.
 *
 * Times are stored as the change of their distance (a steady 1 s rate costs one byte). Each column
 * that holds a whole number (most gauges: bytes, counts) is stored as a zigzag varint of its change;
 * other values cost a marker and eight bytes. Decoding checks every bound: a damaged blob yields
 * false, never a crash.
 */
QByteArray encode(const std::vector<Row> &rows, int columns);
bool decode(const QByteArray &blob, int columns, std::vector<Row> &rows);

} // namespace bilby::PointCodec
