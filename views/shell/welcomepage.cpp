#include "shell/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bilby {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demoButton(new QPushButton(tr("Start a Demo Node")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("<h2>Welcome to Bilby</h2>"));
    auto *text = new QLabel(tr("Bilby watches Erlang and Elixir nodes: add a node by its name and cookie, or "
                               "start a local demo node to look around first."));
    text->setWordWrap(true);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    auto *addButton = new QPushButton(tr("Add Node…"));
    addButton->setObjectName(QStringLiteral("addButton"));
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(addButton, &QPushButton::clicked, this, &WelcomePage::addNodeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demoButton);
    buttons->addWidget(addButton);
    buttons->addStretch();
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addLayout(buttons);
    column->addWidget(m_status);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addStretch();
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle, 3);
    outer->addStretch();
}

void WelcomePage::setDemoStarting(bool starting)
{
    m_demoButton->setEnabled(!starting);
    m_status->setText(starting ? tr("Starting a demo node…") : QString());
}

void WelcomePage::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace bilby
