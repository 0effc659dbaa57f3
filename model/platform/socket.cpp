#include "platform/socket.h"

namespace bilby::platform {

bool TcpClient::readExactly(char *data, std::size_t size, std::chrono::steady_clock::time_point deadline)
{
    std::size_t got = 0;
    while (got < size) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0 || !waitFor(m_socket, Readable, int(left)))
            return false;
        const long n = receiveSome(data + got, size - got);
        if (n <= 0)
            return false;
        got += std::size_t(n);
    }
    return true;
}

} // namespace bilby::platform
