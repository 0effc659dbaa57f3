#pragma once

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace bilby {

class AlarmCenter;

/// The silences in force, each with what it covers, until when and why; the selected one can be lifted.
class SilenceList : public QDialog
{
    Q_OBJECT
public:
    explicit SilenceList(AlarmCenter *center, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *liftButton() const { return m_lift; }
    void liftSelected();

private:
    void reload();

    QPointer<AlarmCenter> m_center;
    QListWidget *m_list;
    QPushButton *m_lift;
};

} // namespace bilby
