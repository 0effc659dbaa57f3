#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaType>
#include <QString>

namespace bilby {

/// The store's log: the SQLite details behind a StoreError (which holds words only) go here.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

/**
 * @brief Why the metric store cannot read or write, in words the user can act on.
 *
 * The message never quotes SQLite: what SQLite said goes to the lcStore log.
 */
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(bilby::StoreError)
public:
    enum class Kind {
        None,
        CannotOpen, ///< the file or its folder cannot be created or opened
        Locked,     ///< another program holds a lock on the database
        ReadOnly,   ///< the file or its folder is not writable
        Corrupt,    ///< the file is not a database, or it is damaged
        Full,       ///< the disk (or a size limit) is full
        TooNew,     ///< written by a newer Bilby, with a schema this one does not know
        Other,
    };
    Kind kind = Kind::None;
    QString message; ///< what happened and what to do, one or two sentences
    QString path;

    bool isError() const { return kind != Kind::None; }
    /// A stable identifier for scripts and JSON: "locked", "read_only", "corrupt"...
    static QString kindName(Kind kind);
    /// The kind of a SQLite result code (primary or extended).
    static Kind kindOfSqlite(int code);
    /// What @p kind means for the history file @p path and what the user can do, in a sentence or two.
    static QString advice(Kind kind, const QString &path);
    static StoreError of(Kind kind, const QString &path) { return {kind, advice(kind, path), path}; }
};

/**
 * @brief A damaged history file that the store renamed (never deleted) and replaced by a new, empty one.
 */
struct SetAsideFile
{
    Q_DECLARE_TR_FUNCTIONS(bilby::SetAsideFile)
public:
    QString path;      ///< where the history file is (the new one now)
    QString movedTo;   ///< where the old one went, beside it, under a dated name
    qint64 timeMs = 0; ///< when it was set aside

    bool isValid() const { return !movedTo.isEmpty(); }
    /// One sentence: what happened and where the old file is.
    QString message() const;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::StoreError)
Q_DECLARE_METATYPE(bilby::SetAsideFile)
