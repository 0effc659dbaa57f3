#pragma once

#include <QElapsedTimer>

namespace bilby {

/**
 * @brief One request at a time for a page that refreshes from the node: a refresh asked for while a
 * reply is awaited is remembered and made when the reply is in. A reply that never comes (it always
 * should: every request has a timeout) stops blocking after setLostAfter()'s time, so the page never
 * stops for good.
 */
class SingleFlight
{
public:
    void setLostAfter(int ms) { m_lostAfterMs = ms; }

    /// True when a request is out: this refresh is remembered (again()). Otherwise the slate is clean.
    bool deferIfBusy()
    {
        if (m_pending && m_since.elapsed() < m_lostAfterMs) {
            m_again = true;
            return true;
        }
        m_pending = false;
        m_again = false;
        return false;
    }
    void started()
    {
        m_pending = true;
        m_since.start();
    }
    void finished() { m_pending = false; }
    bool isPending() const { return m_pending; }
    /// A refresh was asked for while the reply was awaited.
    bool again() const { return m_again; }

private:
    int m_lostAfterMs = 20000;
    bool m_pending = false;
    bool m_again = false;
    QElapsedTimer m_since;
};

} // namespace bilby
