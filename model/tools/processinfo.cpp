#include "tools/processinfo.h"

#include "term/termformat.h"
#include "tools/processinspector.h"
#include "tools/processtop.h"

namespace bilby {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &node)
        : m_node(node)
    {}

    void add(const Term &v, QVector<ProcessInfo::Item> &items) const
    {
        if (v.isList() && !v.isNil() && v.isProperList() && !v.isCharList()) {
            for (const Term &t : v.items())
                add(t, items); // shown joined, as the inner list would be
            return;
        }
        items.append(item(v));
    }

private:
    ProcessInfo::Item item(const Term &v) const
    {
        ProcessInfo::Item item;
        if (v.isPid()) {
            item.text = localPidText(v);
            if (v.identifier().node == m_node)
                item.pid = v;
            else
                item.node = QString::fromUtf8(v.identifier().node);
        } else if (const QString mfa = TermFormat::mfa(v); !mfa.isEmpty()) {
            item.text = mfa;
        } else if (v.isInteger()) {
            item.integer = v.toInt();
            item.text = QString::number(v.toInt());
        } else if (v.isAtom() || v.isBinary()) {
            item.text = v.toQString();
        } else {
            item.text = v.type() == Term::Type::Port || v.type() == Term::Type::Reference
                            ? localPidText(v)
                            : TermFormat::toErlang(v, 2000);
        }
        return item;
    }

    QByteArray m_node;
};

bool isName(const Term &t)
{
    return (t.isAtom() || t.isBinary()) && !t.isAtom("undefined");
}

} // namespace

QString ProcessInfo::title() const
{
    return label.isEmpty() ? pidText : pidText + QLatin1Char(' ') + label;
}

const ProcessInfo::Field *ProcessInfo::field(const QByteArray &key) const
{
    for (const Field &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

std::optional<ProcessInfo> ProcessInfo::fromTerm(const Term &reply)
{
    if (!reply.isMap() || !reply.get("pid").isPid())
        return std::nullopt;
    ProcessInfo info;
    info.pid = reply.get("pid");
    info.pidText = localPidText(info.pid);
    if (const Term name = reply.get("registered_name"); name.isAtom() && !name.isAtom("undefined"))
        info.registeredName = name.toQString();
    Term label = reply.get("label");
    if (!label.isBinary() && !label.isAtom())
        label = reply.get("registered_name");
    if (isName(label))
        info.label = label.toQString();

    const Reader reader(info.pid.identifier().node);
    for (const QByteArray &key : ProcessInspector::infoKeys(reply)) {
        const Term v = reply.get(key.constData());
        Field field;
        field.key = key;
        if (key == "pid") {
            field.items.append({info.pidText, Term(), QString(), std::nullopt}); // itself: not a link
        } else if ((key == "links" || key == "monitors") && v.isList()) {
            field.list = true;
            for (const Term &t : v.items())
                reader.add(t, field.items);
            field.total = reply.get(key == "links" ? "links_total" : "monitors_total").toInt(-1);
        } else {
            field.list = v.isList() && !v.isNil() && v.isProperList() && !v.isCharList();
            reader.add(v, field.items);
        }
        info.fields.append(field);
    }
    return info;
}

} // namespace bilby
