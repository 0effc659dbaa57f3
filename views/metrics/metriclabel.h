#pragma once

#include <QString>

namespace bilby::MetricLabel {

/**
 * A part of a metric's name in the user's words: "processes_used" reads "processes used" (or its
 * translation). Parts that are not words of the catalog (a node, a mount point, a table) stay as given.
 */
QString words(const QString &segment);

} // namespace bilby::MetricLabel
