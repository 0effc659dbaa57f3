#pragma once

#include "tools/supervisiontree.h"

#include <QAbstractItemModel>
#include <QVector>

namespace bilby {

/**
 * @brief One application's supervision tree (SupervisionTree::Tree) for a tree view, from its top
 * supervisor down.
 *
 * What the agent left out shows as note rows under the supervisor concerned: "N more children not
 * listed" (beyond its limit per supervisor), and the reason a supervisor's children are missing (one
 * that did not answer which_children in time, one that exited meanwhile).
 */
class SupervisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PidColumn, NameColumn, TypeColumn, ModulesColumn, ColumnCount };
    enum class Kind {
        Process,     ///< a supervisor or a worker
        MoreNote,    ///< children the agent did not list
        ProblemNote, ///< why a supervisor's children are missing
    };
    enum Role {
        PidTextRole = Qt::UserRole + 1, ///< QString: the process's pid (<0.85.0>); empty when it has none
        KindRole,                       ///< int: Kind
        SupervisorRole,                 ///< bool
    };

    explicit SupervisionTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTree(const SupervisionTree::Tree &tree);
    void clear();
    /// The application shown, empty when none.
    QString application() const { return m_application; }
    bool isCut() const { return m_cut; }
    /// Processes shown (supervisors and workers).
    int processCount() const { return m_processCount; }
    /// Supervisors whose children are missing (they did not answer, exited...).
    int problemCount() const { return m_problemCount; }
    /// The first row (column 0) for the process @p pidText, invalid when it is not in the tree.
    QModelIndex indexOfPid(const QString &pidText) const;

    /// The user's words for the agent's reason (Erlang text) why a supervisor's children are missing.
    static QString problemText(const QString &reason);

private:
    struct Item
    {
        Kind kind = Kind::Process;
        int parent = -1;
        int row = 0;
        QVector<int> children;
        SupervisionTree::Node node; ///< Process: the node, without its children
        QString note;               ///< notes: the text shown
    };
    int add(int parent, Item item);
    void addNode(int parent, const SupervisionTree::Node &node);
    int itemOf(const QModelIndex &index) const;

    QVector<Item> m_items; ///< [0] is the invisible root
    QString m_application;
    bool m_cut = false;
    int m_processCount = 0;
    int m_problemCount = 0;
};

} // namespace bilby
