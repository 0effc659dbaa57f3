#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace bilby {

/// The page shown while no node is selected: add a node, or start a demo node, and how that start goes.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// While a demo node starts, its button waits and the page says so.
    void setDemoStarting(bool starting);
    /// Why the demo node did not start (empty: nothing to say).
    void setStatus(const QString &text);

signals:
    void demoRequested();
    void addNodeRequested();

private:
    QPushButton *m_demoButton;
    QLabel *m_status;
};

} // namespace bilby
