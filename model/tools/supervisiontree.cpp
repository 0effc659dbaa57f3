#include "tools/supervisiontree.h"

#include "term/termformat.h"
#include "tools/processtop.h"

namespace bilby::SupervisionTree {

namespace {

Node nodeFrom(const Term &t, int depth)
{
    Node n;
    const Term id = t.get("id");
    n.id = id.isAtom() ? id.toQString() : TermFormat::toErlang(id, 200);
    n.pid = t.get("pid");
    n.pidText = n.pid.isPid() ? localPidText(n.pid) : n.pid.toQString();
    const Term name = t.get("name");
    n.name = name.isAtom("undefined") ? QString() : name.toQString();
    n.supervisor = t.get("type").isAtom("supervisor");
    const Term modules = t.get("modules");
    if (modules.isAtom()) // `dynamic`
        n.modules.append(modules.toQString());
    else
        for (const Term &m : modules.items())
            n.modules.append(m.toQString());
    n.more = t.get("more").toInt();
    if (t.has("error"))
        n.error = TermFormat::toErlang(t.get("error"), 200);
    // The agent bounds the depth; this guards against a malformed reply all the same.
    if (depth < 64)
        for (const Term &child : t.get("children").items())
            n.children.append(nodeFrom(child, depth + 1));
    return n;
}

} // namespace

Term applicationsRequest()
{
    return Term::atom("applications");
}

Term treeRequest(const QString &application)
{
    return Term::tuple({Term::atom("sup_tree"), Term::binary(application.toUtf8())});
}

QVector<Application> applicationsFrom(const Term &reply)
{
    QVector<Application> apps;
    for (const Term &a : reply.items()) {
        Application app;
        app.name = a.get("name").toQString();
        app.description = a.get("description").toQString();
        app.version = a.get("version").toQString();
        app.top = a.get("top");
        app.topText = app.top.isPid() ? localPidText(app.top) : QString();
        apps.append(app);
    }
    return apps;
}

std::optional<QVector<Application>> applicationListFrom(const Term &reply)
{
    if (!reply.isProperList())
        return std::nullopt;
    return applicationsFrom(reply);
}

std::optional<Tree> treeFrom(const Term &reply)
{
    if (reply.type() != Term::Type::Map || !reply.has("application"))
        return std::nullopt;
    Tree tree;
    tree.application = reply.get("application").toQString();
    tree.cut = reply.get("nodes_cut").isAtom("true");
    if (reply.get("root").type() == Term::Type::Map)
        tree.root = nodeFrom(reply.get("root"), 0);
    return tree;
}

} // namespace bilby::SupervisionTree
