#include "tools/inspectorsection.h"

#include "shell/sensitivebanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bilby {

InspectorSection::InspectorSection(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    static const char *const names[] = {"messagesSection", "dictionarySection", "stateSection", "stackSection"};
    setObjectName(QLatin1String(names[int(kind)]));
    setProperty("sensitive", isSensitive());
    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::Messages)
        layout->addWidget(new SensitiveBanner(tr("This process's messages"), this));
    else if (kind == Kind::Dictionary)
        layout->addWidget(new SensitiveBanner(tr("This process's dictionary"), this));
    else if (kind == Kind::State)
        layout->addWidget(new SensitiveBanner(tr("This process's state"), this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load = new QPushButton(tr("Read"), this);
    m_load->setObjectName(QStringLiteral("loadButton"));
    connect(m_load, &QPushButton::clicked, this, &InspectorSection::loadRequested);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_load);
    layout->addLayout(bar);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("sectionText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
}

QString InspectorSection::title() const
{
    switch (m_kind) {
    case Kind::Messages:
        return tr("Messages");
    case Kind::Dictionary:
        return tr("Dictionary");
    case Kind::State:
        return tr("State");
    case Kind::Stack:
        return tr("Stack");
    }
    return {};
}

void InspectorSection::addTo(QTabWidget *tabs)
{
    if (!isSensitive()) {
        tabs->addTab(this, title());
        return;
    }
    const int index = tabs->addTab(this, SensitiveBanner::icon(this), title());
    tabs->setTabToolTip(index, tr("Sensitive: read only when you open this tab"));
}

void InspectorSection::setReply(const ProcessSection &v)
{
    const QLocale locale;
    QString summary;
    QString text;
    switch (m_kind) {
    case Kind::Messages:
        summary = v.total == 0 ? tr("The mailbox is empty.")
                               : tr("%1 messages waiting; the first %2 are shown, each cut at 4 KB.")
                                     .arg(locale.toString(v.total))
                                     .arg(v.entries.size());
        for (qsizetype i = 0; i < v.entries.size(); ++i)
            text += tr("#%1 (%2 bytes)\n%3\n\n")
                        .arg(i + 1)
                        .arg(locale.toString(v.entries.at(i).bytes), v.entries.at(i).text);
        break;
    case Kind::Dictionary:
        summary = v.total > v.entries.size()
                      ? tr("%1 entries; the first %2 are shown.").arg(locale.toString(v.total)).arg(v.entries.size())
                      : tr("%1 entries.").arg(locale.toString(v.total));
        for (const ProcessSection::Entry &e : v.entries)
            text += e.key + QLatin1String(" => ") + e.text + QLatin1Char('\n');
        break;
    case Kind::State:
        summary = tr("State of %1 bytes, from sys:get_state (shown cut at 64 KB).").arg(locale.toString(v.bytes));
        text = v.text;
        break;
    case Kind::Stack: {
        QStringList frames;
        for (const ProcessSection::Entry &frame : v.entries)
            frames.append(frame.text);
        summary = tr("The current stack, innermost call first.");
        text = frames.join(QLatin1Char('\n'));
        break;
    }
    }
    setLoaded(summary, text);
}

void InspectorSection::reset(const QString &hint)
{
    m_state = State::Empty;
    m_text->clear();
    m_status->setText(hint);
    m_load->setText(tr("Read"));
    m_load->setEnabled(true);
}

void InspectorSection::setLoading()
{
    m_state = State::Loading;
    m_status->setText(tr("Reading…"));
    m_load->setEnabled(false);
}

void InspectorSection::setLoaded(const QString &summary, const QString &text)
{
    m_state = State::Loaded;
    m_status->setText(summary);
    m_text->setPlainText(text);
    m_load->setText(tr("Read again"));
    m_load->setEnabled(true);
}

void InspectorSection::setFailed(const QString &message)
{
    m_state = State::Failed;
    m_status->setText(message);
    m_load->setText(tr("Try again"));
    m_load->setEnabled(true);
}

} // namespace bilby
