#pragma once

#include "clioptions.h"

namespace bilby {

/**
 * @brief `bilby-cli query`: prints one stored series over a range, at the resolution that covers it.
 *
 * Reads the history file directly (read-only, so it works while a collector writes it). Returns the
 * exit code.
 */
int runQuery(const CliOptions &options, qint64 nowMs);

} // namespace bilby
