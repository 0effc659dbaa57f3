#include "tools/processinfoview.h"

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

bool isWordKey(const QByteArray &key)
{
    return std::any_of(std::begin(WordKeys), std::end(WordKeys), [&](const char *k) { return key == k; });
}

QString itemHtml(const ProcessInfo::Item &item, QVector<Term> &links)
{
    if (item.isLink()) {
        links.append(item.pid);
        return QStringLiteral("<a href=\"pid:%1\">%2</a>").arg(links.size() - 1).arg(item.text.toHtmlEscaped());
    }
    if (!item.node.isEmpty())
        return InfoText::tr("%1 on %2").arg(item.text, item.node).toHtmlEscaped();
    if (item.integer)
        return QLocale().toString(*item.integer);
    return item.text.toHtmlEscaped();
}

QString valueHtml(const ProcessInfo::Field &field, int wordSize, QVector<Term> &links)
{
    const QLocale locale;
    const bool isNumber = !field.list && field.items.size() == 1 && field.items.at(0).integer.has_value();
    const qint64 number = isNumber ? field.items.at(0).integer.value_or(0) : 0;
    if (field.key == "memory" && isNumber)
        return locale.formattedDataSize(number, 1, QLocale::DataSizeTraditionalFormat) +
               InfoText::tr(" (%1 bytes)").arg(locale.toString(number));
    if (isWordKey(field.key) && isNumber)
        return InfoText::tr("%1 words (%2)")
            .arg(locale.toString(number),
                 locale.formattedDataSize(number * wordSize, 1, QLocale::DataSizeTraditionalFormat));
    QStringList parts;
    for (const ProcessInfo::Item &item : field.items)
        parts.append(itemHtml(item, links));
    QString text = field.list && parts.isEmpty() ? InfoText::tr("none") : parts.join(QLatin1String(", "));
    if (field.total > field.items.size())
        text += InfoText::tr(" (the first %1 of %2)").arg(field.items.size()).arg(locale.toString(field.total));
    return text;
}

} // namespace

ProcessInfoHtml ProcessInfoHtml::build(const ProcessInfo &info, int wordSize)
{
    ProcessInfoHtml out;
    out.html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const ProcessInfo::Field &field : info.fields) {
        out.html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(QString::fromUtf8(field.key).toHtmlEscaped(),
                             valueHtml(field, wordSize > 0 ? wordSize : 8, out.links));
    }
    out.html += QStringLiteral("</table>");
    out.title = info.title();
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

QString ProcessInfoView::setInfo(const ProcessInfo &info, int wordSize)
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
