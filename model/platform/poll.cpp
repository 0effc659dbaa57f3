#include "platform/poll.h"

namespace bilby::platform {

bool waitFor(SocketHandle socket, unsigned wanted, int timeoutMs)
{
    PollItem item{socket, wanted, 0};
    return waitFor(&item, 1, timeoutMs) > 0;
}

} // namespace bilby::platform
