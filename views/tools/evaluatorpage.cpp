#include "tools/evaluatorpage.h"

#include "shell/sensitivebanner.h"
#include "tools/evalinput.h"
#include "tools/evaltranscript.h"
#include "tools/nodelistings.h"
#include "topology/actiongate.h"
#include "topology/noderegistry.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace bilby {

namespace {

using Language = Evaluator::Language;

constexpr int ExpressionAudited = 200; // characters of the expression in the audit entry
constexpr int ForgetTimeoutMs = 10000;

QString timeoutText(int seconds)
{
    return bilby::EvaluatorPage::tr("stopped after %1 s: the evaluating process was killed on the node").arg(seconds);
}

// The audit says how an evaluation went, never its value (values can hold secrets; the timeline is not
// marked sensitive).
AuditedRequest::Outcome readEvaluation(const Term &value, const AgentError &error, int timeoutS)
{
    if (error.kind == AgentError::Kind::Connection && error.error.kind == ConnectionError::Kind::Timeout) {
        AuditedRequest::Outcome outcome = AuditedRequest::failed(error);
        outcome.text = timeoutText(timeoutS);
        return outcome;
    }
    if (error.isError())
        return AuditedRequest::failed(error);
    QString problem;
    const auto result = EvalResult::fromTerm(value, &problem);
    AuditedRequest::Outcome outcome;
    if (!result) {
        outcome.text = bilby::EvaluatorPage::tr("unexpected reply: %1").arg(problem);
        return outcome;
    }
    outcome.ok = result->status == EvalResult::Status::Ok;
    const QString elapsed = EvalTranscript::formatElapsed(result->elapsedUs);
    switch (result->status) {
    case EvalResult::Status::Ok:
        outcome.text = bilby::EvaluatorPage::tr("ok (%1)").arg(elapsed);
        break;
    case EvalResult::Status::Exception:
        outcome.text = bilby::EvaluatorPage::tr("exception (%1)").arg(elapsed);
        break;
    case EvalResult::Status::ParseError:
        outcome.text = bilby::EvaluatorPage::tr("parse error");
        break;
    }
    if (result->truncated)
        outcome.text += bilby::EvaluatorPage::tr("; value cut at 1 MB");
    if (result->bindingsDropped)
        outcome.text += bilby::EvaluatorPage::tr("; bindings too large, kept the previous ones");
    return outcome;
}

} // namespace

EvaluatorPage::EvaluatorPage(ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
    , m_listings(new LiveNodeListings(node, this))
    , m_gate(new ActionGate(node, this))
{
    m_transcript = new EvalTranscript(this);
    m_transcript->setObjectName(QStringLiteral("evalTranscript"));
    m_input = new EvalInput(&m_history, this);
    m_input->setObjectName(QStringLiteral("evalInput"));

    m_bindingsLabel = new QLabel(this);
    m_bindingsLabel->setObjectName(QStringLiteral("bindingsLabel"));
    m_bindingsLabel->setWordWrap(true);
    m_bindingsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forget = new QPushButton(tr("Forget bindings"), this);
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_forget->setToolTip(tr("Unbind every variable of this language's session, like the shell's f()"));
    m_copy = new QPushButton(tr("Copy value"), this);
    m_copy->setObjectName(QStringLiteral("copyValueButton"));
    m_copy->setToolTip(tr("Copy the last value, whole, to the clipboard"));
    m_copy->setEnabled(false);
    auto *bindingsRow = new QHBoxLayout;
    bindingsRow->addWidget(m_bindingsLabel, 1);
    bindingsRow->addWidget(m_copy);
    bindingsRow->addWidget(m_forget);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bindingsRow);
    lowerLayout->addWidget(m_input, 1);
    lowerLayout->addWidget(createControls());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_transcript);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SensitiveBanner(tr("The transcript (values and output of what you evaluate)"), this));
    layout->addWidget(splitter, 1);

    connect(m_input, &EvalInput::submitted, this, &EvaluatorPage::evaluate);
    connect(m_evaluate, &QPushButton::clicked, this, &EvaluatorPage::evaluate);
    connect(m_forget, &QPushButton::clicked, this, &EvaluatorPage::forgetBindings);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_lastValue); });
    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this, &EvaluatorPage::showBindings);
    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this] { m_languageChosen = true; });
    connect(m_gate, &ActionGate::changed, this, &EvaluatorPage::updateActions);
    connect(m_gate, &ActionGate::connected, this, [this] {
        // A new connection runs a new agent: the bindings of the previous one are gone with it.
        bool had = false;
        for (const QStringList &names : std::as_const(m_bindings))
            had |= !names.isEmpty();
        m_bindings.clear();
        m_languagesKnown = false;
        if (had)
            m_transcript->appendNotice(tr("connected again: the bindings of the previous connection are gone"));
        showBindings();
        askLanguages();
    });
    if (m_gate->isConnected())
        askLanguages();
    showBindings();
    updateActions();
}

QWidget *EvaluatorPage::createControls()
{
    auto *controls = new QWidget(this);
    m_language = new QComboBox(controls);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Erlang"), int(Language::Erlang));
    m_language->addItem(tr("Elixir"), int(Language::Elixir));
    // Elixir stays off until the node says it has it.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_language->model())) {
        items->item(1)->setEnabled(false);
        items->item(1)->setToolTip(tr("This node has no Elixir"));
    }
    m_timeout = new QSpinBox(controls);
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(Evaluator::DefaultTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("An evaluation that takes longer is killed on the node"));
    m_note = new QLabel(controls);
    m_note->setObjectName(QStringLiteral("evalNote"));
    m_note->setWordWrap(true);
    m_evaluate = new QPushButton(tr("Evaluate"), controls);
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setDefault(true);

    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Language"), controls));
    row->addWidget(m_language);
    row->addWidget(new QLabel(tr("Timeout"), controls));
    row->addWidget(m_timeout);
    row->addWidget(m_note, 1);
    row->addWidget(m_evaluate);
    return controls;
}

Evaluator::Language EvaluatorPage::language() const
{
    return Language(m_language->currentData().toInt());
}

bool EvaluatorPage::setLanguage(Evaluator::Language language)
{
    if (language == Language::Elixir && !m_elixir)
        return false;
    m_language->setCurrentIndex(m_language->findData(int(language)));
    return true;
}

QStringList EvaluatorPage::bindings() const
{
    return m_bindings.value(int(language()));
}

void EvaluatorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_languageChosen && m_gate->isConnected())
        askLanguages();
}

void EvaluatorPage::askLanguages()
{
    if (!m_listings->isAvailable())
        return;
    m_listings->languages(this, [this](const ToolReply<Evaluator::Languages> &reply) {
        if (!reply.ok())
            return; // Erlang only, as before: nothing worse than that
        m_elixir = reply.value->has(Language::Elixir);
        if (auto *items = qobject_cast<QStandardItemModel *>(m_language->model()))
            items->item(1)->setEnabled(m_elixir);
        if (!m_elixir && language() == Language::Elixir)
            setLanguage(Language::Erlang);
        // The node's own language first (Elixir on an Elixir node), unless the user picked one already.
        if (!m_languageChosen && reply.value->preferred() == Language::Elixir)
            setLanguage(Language::Elixir);
        m_languagesKnown = true;
        emit languagesKnown();
    });
}

void EvaluatorPage::evaluate()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty() || !m_evaluate->isEnabled())
        return;
    const Language lang = language();
    const int timeoutS = m_timeout->value();
    m_history.add(text);
    m_input->resetHistory();
    m_input->clear();
    m_transcript->appendExpression(Evaluator::languageName(lang), text);
    m_running = true;
    updateActions();

    AuditedRequest::Request request;
    request.what = tr("Evaluate (%1): %2").arg(Evaluator::languageName(lang), text.trimmed().left(ExpressionAudited));
    request.term = Evaluator::request(lang, text);
    request.timeoutMs = timeoutS * 1000;
    request.maxBytes = Evaluator::ReplyMaxBytes;
    const quint64 tag = AuditedRequest::send(
        m_node, request,
        [timeoutS](const Term &value, const AgentError &error) { return readEvaluation(value, error, timeoutS); }, this,
        [this, lang, timeoutS](const AuditedRequest::Outcome &outcome) { onEvaluated(lang, timeoutS, outcome); });
    if (tag == 0) {
        m_running = false;
        m_transcript->appendFailure(tr("Not connected to the node: nothing was evaluated."));
        updateActions();
    }
}

void EvaluatorPage::onEvaluated(Evaluator::Language lang, int timeoutS, const AuditedRequest::Outcome &outcome)
{
    m_running = false;
    const AgentError &error = outcome.error;
    if (error.kind == AgentError::Kind::ReadOnly) {
        m_gate->noteRefused();
        m_transcript->appendFailure(error.message());
    } else if (error.kind == AgentError::Kind::Connection && error.error.kind == ConnectionError::Kind::Timeout) {
        m_transcript->appendFailure(timeoutText(timeoutS));
    } else if (error.isError()) {
        m_transcript->appendFailure(error.message());
    } else if (const auto result = EvalResult::fromTerm(outcome.value)) {
        m_transcript->appendResult(*result);
        m_lastValue = result->value;
        m_copy->setEnabled(true);
        m_bindings.insert(int(lang), result->bindings);
        showBindings();
    } else {
        m_transcript->appendFailure(outcome.text);
    }
    updateActions();
    emit evaluated(outcome.ok);
}

void EvaluatorPage::forgetBindings()
{
    if (!m_forget->isEnabled())
        return;
    const Language lang = language();
    AuditedRequest::Request request;
    request.what = tr("Forget the evaluator's bindings (%1)").arg(Evaluator::languageName(lang));
    request.term = Evaluator::forgetRequest(lang);
    request.timeoutMs = ForgetTimeoutMs;
    AuditedRequest::send(m_node, request, AuditedRequest::doneWith(tr("The bindings are forgotten.")), this,
                         [this, lang](const AuditedRequest::Outcome &outcome) {
                             if (!outcome.ok) {
                                 m_transcript->appendFailure(outcome.text);
                                 return;
                             }
                             m_bindings.remove(int(lang));
                             m_transcript->appendNotice(tr("%1 bindings forgotten").arg(Evaluator::languageName(lang)));
                             showBindings();
                             emit bindingsForgotten();
                         });
}

void EvaluatorPage::showBindings()
{
    const QStringList names = bindings();
    m_bindingsLabel->setText(names.isEmpty() ? tr("Bindings: none")
                                             : tr("Bindings: %1").arg(names.join(QStringLiteral(", "))));
    updateActions();
}

void EvaluatorPage::updateActions()
{
    m_evaluate->setEnabled(m_gate->canChange() && !m_running);
    m_forget->setEnabled(m_gate->isConnected() && !m_running);
    const QString why = m_gate->reason();
    if (m_running)
        m_note->setText(tr("Evaluating…"));
    else
        m_note->setText(why);
    m_evaluate->setToolTip(why.isEmpty() ? tr("Evaluate on the node (Ctrl+Enter)") : why);
}

} // namespace bilby
