#include "tools/processinfoview.h"

#include "term/termformat.h"
#include "tools/processinspector.h"
#include "tools/processtop.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct InfoText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::ProcessInfoHtml)
};

// Sizes that process_info gives in words.
const char *const WordKeys[] = {"total_heap_size", "heap_size", "stack_size", "min_heap_size", "min_bin_vheap_size"};

class Builder
{
public:
    Builder(const Term &info, int wordSize)
        : m_info(info)
        , m_wordSize(wordSize > 0 ? wordSize : 8)
        , m_node(info.get("pid").isPid() ? info.get("pid").identifier().node : QByteArray())
    {}

    QString value(const QByteArray &key, const Term &v)
    {
        const QLocale locale;
        if (key == "pid")
            return localPidText(v).toHtmlEscaped(); // itself: no link
        if (key == "memory" && v.isInteger())
            return locale.formattedDataSize(v.toInt(), 1, QLocale::DataSizeTraditionalFormat) +
                   InfoText::tr(" (%1 bytes)").arg(locale.toString(v.toInt()));
        if (std::any_of(std::begin(WordKeys), std::end(WordKeys), [&](const char *k) { return key == k; }) &&
            v.isInteger())
            return InfoText::tr("%1 words (%2)")
                .arg(locale.toString(v.toInt()),
                     locale.formattedDataSize(v.toInt() * m_wordSize, 1, QLocale::DataSizeTraditionalFormat));
        if ((key == "links" || key == "monitors") && v.isList()) {
            QString text = list(v);
            const qint64 total = m_info.get(key == "links" ? "links_total" : "monitors_total").toInt(-1);
            if (total > v.items().size())
                text += InfoText::tr(" (the first %1 of %2)").arg(v.items().size()).arg(locale.toString(total));
            return text;
        }
        return one(v);
    }

    QVector<Term> links;

private:
    QString list(const Term &v)
    {
        if (v.isNil())
            return InfoText::tr("none");
        QStringList parts;
        for (const Term &t : v.items())
            parts.append(one(t));
        return parts.join(QLatin1String(", "));
    }

    QString one(const Term &v)
    {
        if (v.isPid() && v.identifier().node == m_node) {
            links.append(v);
            return QStringLiteral("<a href=\"pid:%1\">%2</a>")
                .arg(links.size() - 1)
                .arg(localPidText(v).toHtmlEscaped());
        }
        if (v.isPid())
            return InfoText::tr("%1 on %2")
                .arg(localPidText(v), QString::fromUtf8(v.identifier().node))
                .toHtmlEscaped();
        if (const QString text = TermFormat::mfa(v); !text.isEmpty())
            return text.toHtmlEscaped();
        if (v.isInteger())
            return QLocale().toString(v.toInt());
        if (v.isAtom() || v.isBinary())
            return v.toQString().toHtmlEscaped();
        if (v.isList() && !v.isNil() && v.isProperList() && !v.isCharList())
            return list(v);
        return (v.type() == Term::Type::Port || v.type() == Term::Type::Reference ? localPidText(v)
                                                                                  : TermFormat::toErlang(v, 2000))
            .toHtmlEscaped();
    }

    const Term &m_info;
    int m_wordSize;
    QByteArray m_node;
};

} // namespace

ProcessInfoHtml ProcessInfoHtml::build(const Term &info, int wordSize)
{
    Builder builder(info, wordSize);
    const QList<QByteArray> keys = ProcessInspector::infoKeys(info);

    ProcessInfoHtml out;
    out.html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QByteArray &key : std::as_const(keys)) {
        out.html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(QString::fromUtf8(key).toHtmlEscaped(), builder.value(key, info.get(key.constData())));
    }
    out.html += QStringLiteral("</table>");
    out.links = builder.links;
    const QString pid = localPidText(info.get("pid"));
    // The best label (registered name, proc_lib label, the application's own name, child id).
    Term name = info.get("label");
    if (!name.isBinary() && !name.isAtom())
        name = info.get("registered_name");
    out.title = (name.isAtom() || name.isBinary()) && !name.isAtom("undefined")
                    ? pid + QLatin1Char(' ') + name.toQString()
                    : pid;
    return out;
}

ProcessInfoView::ProcessInfoView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false); // links are pids to inspect, not documents
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int index = ProcessInfoHtml::linkIndex(url.toString());
        if (index >= 0 && index < m_links.size())
            emit pidActivated(m_links.at(index));
    });
}

QString ProcessInfoView::setInfo(const Term &info, int wordSize)
{
    const ProcessInfoHtml html = ProcessInfoHtml::build(info, wordSize);
    m_links = html.links;
    const int scroll = verticalScrollBar()->value();
    setHtml(html.html);
    verticalScrollBar()->setValue(scroll);
    return html.title;
}

int ProcessInfoHtml::linkIndex(const QString &url)
{
    if (!url.startsWith(QLatin1String("pid:")))
        return -1;
    bool ok = false;
    const int index = url.mid(4).toInt(&ok);
    return ok ? index : -1;
}

} // namespace bilby
