#include "platform/poll.h"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace bilby::platform {

int waitFor(PollItem *items, int count, int timeoutMs)
{
    pollfd fds[8];
    if (count < 0 || count > int(sizeof fds / sizeof fds[0]))
        return -1;
    for (int i = 0; i < count; ++i) {
        fds[i] = {items[i].socket,
                  short(((items[i].wanted & Readable) ? POLLIN : 0) | ((items[i].wanted & Writable) ? POLLOUT : 0)), 0};
    }
    int rc;
    do {
        rc = ::poll(fds, nfds_t(count), timeoutMs);
    } while (rc < 0 && errno == EINTR);
    for (int i = 0; i < count; ++i) {
        const short r = rc > 0 ? fds[i].revents : 0;
        items[i].happened = ((r & POLLIN) ? Readable : 0u) | ((r & POLLOUT) ? Writable : 0u) |
                            ((r & POLLHUP) ? HungUp : 0u) | ((r & POLLERR) ? Failed : 0u) |
                            ((r & POLLNVAL) ? Invalid : 0u);
    }
    return rc;
}

WakeUp::WakeUp()
{
    int fds[2];
    if (::pipe(fds) != 0)
        return;
    for (int fd : fds) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // never inherited by the nodes and tools Bilby starts
    }
    m_read = fds[0];
    m_write = fds[1];
}

WakeUp::~WakeUp()
{
    if (m_read >= 0)
        ::close(m_read);
    if (m_write >= 0)
        ::close(m_write);
}

void WakeUp::signal(unsigned char byte) const
{
    if (m_write < 0)
        return;
    const int saved = errno;
    [[maybe_unused]] const ssize_t written = ::write(m_write, &byte, 1);
    errno = saved;
}

int WakeUp::take() const
{
    unsigned char byte = 0;
    return m_read >= 0 && ::read(m_read, &byte, 1) == 1 ? int(byte) : -1;
}

void WakeUp::drain() const
{
    char buf[64];
    while (m_read >= 0 && ::read(m_read, buf, sizeof buf) > 0) {
    }
}

} // namespace bilby::platform
