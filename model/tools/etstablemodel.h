#pragma once

#include "term/term.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace bilby {

/// One ETS table as the agent's `ets_tables` request describes it.
struct EtsTableInfo
{
    Term id;        ///< names the table in requests: its name atom (named tables) or its reference
    QString idText; ///< the id as the node prints it (#Ref<0.1.2.3>, or the name)
    QString name;   ///< the name atom's text
    bool named = false;
    QString type;       ///< set, ordered_set, bag, duplicate_bag
    qint64 size = 0;    ///< rows
    qint64 memory = 0;  ///< bytes
    Term owner;         ///< a pid
    QString ownerText;  ///< <0.85.0>
    QString ownerLabel; ///< the owner's best label (registered name, application's name...), may be empty
    bool own = false;   ///< a table of Bilby's agent
    QString protection; ///< public, protected, private
    bool isPrivate() const { return protection == QLatin1String("private"); }
};

/**
 * @brief Every ETS table of a node (the agent's `ets_tables` reply) as table rows.
 *
 * Raw values travel in SortRole (numbers as qint64) so that a QSortFilterProxyModel sorts sizes and
 * memory as numbers; display roles format them.
 */
class EtsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        SizeColumn,
        MemoryColumn,
        OwnerColumn,
        ProtectionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (qint64 or QString)
        IdTextRole,                  ///< QString: the row's EtsTableInfo::idText, whatever the column
    };

    explicit EtsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTables(const QVector<EtsTableInfo> &tables);
    const EtsTableInfo &tableAt(int row) const { return m_tables.at(row); }
    /// The row of the table with @p idText, -1 when there is none.
    int rowOfId(const QString &idText) const;

    /// Reads the agent's `ets_tables` reply (#{total, tables}); nullopt when it is not one.
    static std::optional<QVector<EtsTableInfo>> fromTerm(const Term &reply, qint64 *total = nullptr);

private:
    QVector<EtsTableInfo> m_tables;
};

} // namespace bilby
