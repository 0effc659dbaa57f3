#pragma once

#include "connection/agenterror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace bilby {

/**
 * @brief What a tool page gets back for one question: the typed value, or why there is none.
 *
 * No value and no error means the answer was not the shape the decoder knows (an agent of another
 * version): pages say "unexpected reply".
 */
template <class T>
struct ToolReply
{
    std::optional<T> value;
    AgentError error;

    bool ok() const { return value.has_value(); }
};

/// Called on the receiver's thread, and only while the receiver lives.
template <class T>
using ToolCallback = std::function<void(const ToolReply<T> &reply)>;

/**
 * @brief The base of the interfaces tool pages ask (EtsBrowser, ProcessSource...): whether questions can
 * be asked now, and a signal when that changes.
 *
 * A live node answers while its session is up; a saved snapshot always answers. Pages never learn which.
 */
class ToolSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// True when a question asked now can be answered.
    virtual bool isAvailable() const = 0;

signals:
    /// isAvailable() may have changed (the node went up or down).
    void availabilityChanged();
};

} // namespace bilby
