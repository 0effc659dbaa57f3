#pragma once

#include "tools/processsection.h"
#include "tools/processsource.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace bilby {

/**
 * @brief One section of the process inspector that is read on request (messages, dictionary, state,
 * stack): a status line, the text the agent rendered on the node, and a button to read it (again).
 *
 * Messages, dictionary and state are sensitive: they show a SensitiveBanner and carry the dynamic
 * property "sensitive". The section holds no request itself: the inspector asks its ProcessSource when
 * it emits loadRequested() and hands back the typed section or the error.
 */
class InspectorSection : public QWidget
{
    Q_OBJECT
public:
    using Kind = ProcessSection::Kind;
    enum class State { Empty, Loading, Loaded, Failed };

    /// Messages are a preview: this many at most, each cut at 4 KB on the node.
    static constexpr int MessagesShown = LiveProcessSource::MessagesShown;

    explicit InspectorSection(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The tab's title.
    QString title() const;
    bool isSensitive() const { return m_kind != Kind::Stack; }
    State state() const { return m_state; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *loadButton() const { return m_load; }

    /// Adds this section as a tab of @p tabs; sensitive ones with the sensitive icon and a tooltip.
    void addTo(QTabWidget *tabs);

    /// Nothing read (a new process): @p hint says why.
    void reset(const QString &hint);
    void setLoading();
    /// Shows what was read.
    void setReply(const ProcessSection &section);
    /// The text already shown stays (it is the last known), the status says what went wrong.
    void setFailed(const QString &message);

signals:
    void loadRequested();

private:
    void setLoaded(const QString &summary, const QString &text);

    Kind m_kind;
    State m_state = State::Empty;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_load = nullptr;
};

} // namespace bilby
