#include "connection/distconnection.h"

#include "connection/epmdprobe.h"
#include "platform/poll.h"
#include "platform/socket.h"
#include "term/termcodec.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <ei.h>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct DistText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::DistConnection)
};

constexpr int IoTimeoutMs = 5000;

QByteArray localHostName(bool longNames)
{
    const QByteArray host = QByteArray::fromStdString(platform::hostName());
    if (host.isEmpty())
        return QByteArrayLiteral("localhost");
    if (!longNames)
        return host.left(host.indexOf('.') < 0 ? host.size() : host.indexOf('.'));
    // A long name needs a dotted host; the loopback address is always one, and the node never connects
    // back to a hidden console, so the name only has to be well formed and unique.
    return host.contains('.') ? host : QByteArrayLiteral("127.0.0.1");
}

QByteArray uniqueAlive()
{
    static QAtomicInteger<quint32> counter;
    return DistConnection::consoleAlivePrefix() + QByteArray::number(++counter) + '_' +
           QByteArray::number(QRandomGenerator::global()->generate() & 0xffff, 16);
}

bool pidFromTerm(const Term &term, erlang_pid *pid)
{
    if (!term.isPid() || term.identifier().ids.size() < 2)
        return false;
    const Term::Identifier &id = term.identifier();
    if (id.node.size() >= qsizetype(sizeof pid->node))
        return false;
    std::memset(pid, 0, sizeof *pid);
    std::memcpy(pid->node, id.node.constData(), size_t(id.node.size()));
    pid->num = id.ids.at(0);
    pid->serial = id.ids.at(1);
    pid->creation = id.creation;
    return true;
}

ConnectionError sendError(int rc)
{
    Q_UNUSED(rc)
    if (erl_errno == ETIMEDOUT || errno == EAGAIN || errno == EWOULDBLOCK)
        return {ConnectionError::Kind::ConnectionLost, DistText::tr("The node stopped accepting data.")};
    return {ConnectionError::Kind::ConnectionLost, DistText::tr("The connection to the node was lost while sending.")};
}

ConnectionError diagnose(const NodeName &node, int eiErrno, int timeoutMs)
{
    using Kind = ConnectionError::Kind;
    const EpmdProbe probe = EpmdProbe::run(node, qMin(timeoutMs, 3000));
    const QString host = node.host;
    switch (probe.result) {
    case EpmdProbe::Result::Unresolvable:
        return {Kind::Unresolvable, DistText::tr("Cannot resolve host '%1' (%2). Check the host part of the node name.")
                                        .arg(host, probe.detail)};
    case EpmdProbe::Result::NoEpmd:
        return {Kind::NoEpmd,
                DistText::tr("No epmd is running on host '%1' (port %2 refused the connection). Start the node "
                             "with -name or -sname, which starts epmd.")
                    .arg(host)
                    .arg(EpmdProbe::epmdPort())};
    case EpmdProbe::Result::NotRegistered:
        return {Kind::NotRegistered,
                DistText::tr("Node '%1' is not registered with epmd on host '%2'. Check the name, or "
                             "whether the node is running.")
                    .arg(node.alive, host)};
    case EpmdProbe::Result::Unreachable:
        return {Kind::Unreachable, DistText::tr("Host '%1' is unreachable (%2).").arg(host, probe.detail)};
    case EpmdProbe::Result::Timeout:
        return {
            Kind::Timeout,
            DistText::tr("Timed out reaching epmd on host '%1'. The host may be down or behind a firewall.").arg(host)};
    case EpmdProbe::Result::Registered:
        break;
    }
    if (eiErrno == ETIMEDOUT)
        return {Kind::Timeout,
                DistText::tr("Node '%1' did not complete the handshake in time: it may be overloaded or stopped.")
                    .arg(node.toString())};
    return {Kind::Cookie, DistText::tr("Node '%1' refused the connection: the cookie does not match. Check the cookie.")
                              .arg(node.toString())};
}

} // namespace

QString ConnectionError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidName:
        return QStringLiteral("invalid_name");
    case Kind::Unresolvable:
        return QStringLiteral("unresolvable_host");
    case Kind::NoEpmd:
        return QStringLiteral("no_epmd");
    case Kind::NotRegistered:
        return QStringLiteral("not_registered");
    case Kind::Unreachable:
        return QStringLiteral("host_unreachable");
    case Kind::Cookie:
        return QStringLiteral("cookie");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionLost:
        return QStringLiteral("connection_lost");
    case Kind::NodeStopped:
        return QStringLiteral("node_stopped");
    case Kind::Remote:
        return QStringLiteral("remote_error");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Agentless:
        return QStringLiteral("agentless");
    case Kind::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

struct DistConnection::Private
{
    ei_cnode node{};
    ei_x_buff buffer{};
    Private() { ei_x_new(&buffer); }
    ~Private() { ei_x_free(&buffer); }
};

DistConnection::DistConnection()
    : d(std::make_unique<Private>())
{
    initialize();
}

DistConnection::~DistConnection()
{
    close();
}

void DistConnection::initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { ei_init(); });
}

QByteArray DistConnection::consoleAlivePrefix()
{
    return QByteArrayLiteral("bilby_") + QByteArray::number(QCoreApplication::applicationPid()) + '_';
}

bool DistConnection::connect(const NodeName &node, const QByteArray &cookie, int timeoutMs, ConnectionError *error)
{
    close();
    const QByteArray host = localHostName(node.isLong());
    const QByteArray alive = uniqueAlive();
    const QByteArray self = alive + '@' + host;
    // Creation 0 is reserved; any other value marks this incarnation of the console node.
    const unsigned creation = (QRandomGenerator::global()->generate() % 0x7ffffffe) + 1;
    if (ei_connect_xinit(&d->node, host.constData(), alive.constData(), self.constData(), nullptr, cookie.constData(),
                         creation) < 0) {
        *error = {ConnectionError::Kind::Protocol, DistText::tr("Could not initialise the distribution client.")};
        return false;
    }
    QByteArray target = node.toString().toUtf8();
    const int fd = ei_connect_tmo(&d->node, target.data(), unsigned(timeoutMs));
    if (fd < 0) {
        *error = diagnose(node, erl_errno, timeoutMs);
        return false;
    }
    // Socket-level timeouts bound every blocking read and write, so ei's calls can run without their own
    // per-call poll (one syscall fewer each way) and still never hang on a node that stops mid-message.
    platform::setIoTimeouts(platform::SocketHandle(fd), IoTimeoutMs);
    m_fd = fd;
    return true;
}

void DistConnection::close()
{
    if (m_fd >= 0) {
        ei_close_connection(m_fd);
        m_fd = -1;
    }
}

Term DistConnection::self() const
{
    const erlang_pid *pid = ei_self(&d->node);
    return Term::pid({QByteArray(pid->node), pid->creation, {pid->num, pid->serial}});
}

QString DistConnection::localNodeName() const
{
    return QString::fromUtf8(ei_thisnodename(&d->node));
}

bool DistConnection::sendToPid(const Term &pid, const Term &message, ConnectionError *error)
{
    erlang_pid to;
    if (!pidFromTerm(pid, &to)) {
        *error = {ConnectionError::Kind::Protocol, DistText::tr("Not a valid process identifier.")};
        return false;
    }
    QByteArray buf = TermCodec::encode(message);
    const int rc = ei_send(m_fd, &to, buf.data(), int(buf.size()));
    if (rc < 0) {
        *error = sendError(rc);
        return false;
    }
    return true;
}

bool DistConnection::sendToName(const QByteArray &name, const Term &message, ConnectionError *error)
{
    QByteArray buf = TermCodec::encode(message);
    QByteArray to = name;
    const int rc = ei_reg_send(&d->node, m_fd, to.data(), buf.data(), int(buf.size()));
    if (rc < 0) {
        *error = sendError(rc);
        return false;
    }
    return true;
}

DistConnection::Received DistConnection::receive(int timeoutMs, IncomingMessage *message, ConnectionError *error)
{
    using platform::PollEvent;
    platform::PollItem p{socket(), PollEvent::Readable, 0};
    const int rc = platform::waitFor(&p, 1, timeoutMs);
    if (rc == 0)
        return Received::Nothing;
    if (rc < 0 || (p.happened & PollEvent::Invalid)) {
        *error = {ConnectionError::Kind::ConnectionLost, DistText::tr("The connection to the node failed.")};
        return Received::Failed;
    }
    if ((p.happened & PollEvent::Failed) && !(p.happened & PollEvent::Readable)) {
        // A reset: the node's side went away without closing (a killed process with unread data).
        *error = {ConnectionError::Kind::ConnectionLost, DistText::tr("The node reset the connection."),
                  QStringLiteral("closed")};
        return Received::Failed;
    }
    erlang_msg msg;
    d->buffer.index = 0;
    // Data is waiting: a whole message normally follows at once; SO_RCVTIMEO only guards a node that
    // stops in the middle of sending one.
    const int got = ei_xreceive_msg(m_fd, &msg, &d->buffer);
    if (got == ERL_TICK)
        return Received::Tick;
    if (got == ERL_ERROR) {
        // errno may be left over from an earlier read: the socket itself says whether the node closed it.
        const bool closed = (p.happened & PollEvent::HungUp) || platform::peerClosed(socket());
        *error = closed ? ConnectionError{ConnectionError::Kind::ConnectionLost,
                                          DistText::tr("The node closed the connection."), QStringLiteral("closed")}
                        : ConnectionError{ConnectionError::Kind::ConnectionLost,
                                          DistText::tr("The node stopped in the middle of sending a message.")};
        return Received::Failed;
    }
    if (msg.msgtype != ERL_SEND && msg.msgtype != ERL_REG_SEND)
        return Received::Nothing; // links and exits: we never link, so there is nothing to act on
    message->toName = msg.msgtype == ERL_REG_SEND ? QByteArray(msg.toname) : QByteArray();
    TermCodec::DecodeError decodeError;
    message->term = TermCodec::decode(d->buffer.buff, d->buffer.index, &decodeError);
    message->decodeError = message->term ? QString() : decodeError.message;
    if (!message->term)
        message->raw = QByteArray(d->buffer.buff, d->buffer.index);
    return Received::Message;
}

} // namespace bilby
