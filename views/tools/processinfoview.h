#pragma once

#include "tools/processinfo.h"

#include <QString>
#include <QTextBrowser>
#include <QVector>

namespace bilby {

/**
 * @brief The inspector's Info section: every field of a ProcessInfo as an HTML table.
 *
 * Pids of the inspected process's own node (links, monitors, monitored by, group leader, parent) are
 * links "pid:N", N an index into links; pids of other nodes are plain text (the agent can only
 * inspect processes of its node).
 */
struct ProcessInfoHtml
{
    QString title; ///< "<0.85.0> t_server"
    QString html;
    QVector<Term> links; ///< the pids the links point at

    /// @p wordSize: the node's word size in bytes, for the heap sizes given in words.
    static ProcessInfoHtml build(const ProcessInfo &info, int wordSize);
    /// The index of a link's URL ("pid:3"), -1 when it is not one.
    static int linkIndex(const QString &url);
};

/**
 * @brief The inspector's Info section: the HTML of ProcessInfoHtml, whose pid links emit pidActivated().
 * A refresh keeps the reader's scroll position.
 */
class ProcessInfoView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ProcessInfoView(QWidget *parent = nullptr);

    /// Shows @p info; returns its title.
    QString setInfo(const ProcessInfo &info, int wordSize);

signals:
    void pidActivated(const bilby::Term &pid);

private:
    QVector<Term> m_links;
};

} // namespace bilby
