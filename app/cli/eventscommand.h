#pragma once

#include "clioptions.h"

namespace bilby {

/**
 * @brief `bilby-cli --db F alarms|notifications [--node N] [--origin O] [--since T] [--search TEXT]`:
 * the stored alarms or timeline, newest first, read-only (beside a running console or collector).
 * Returns the exit code.
 */
int runEventsQuery(const CliOptions &options, qint64 nowMs);

} // namespace bilby
