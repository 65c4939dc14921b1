namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Recognises database errors worth retrying: SQLite's "database is locked" / "database table is locked"
/// (SQLITE_BUSY, SQLITE_LOCKED) and SQL Server's deadlock victim (1205). The plugin cannot reference the
/// providers' assemblies, so this looks at exception type names, error codes and messages, through inner and
/// aggregate exceptions.
/// </summary>
internal static class TransientErrors
{
    private static readonly string[] Messages =
    [
        "database is locked",
        "database table is locked",
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "deadlock victim",
    ];

    /// <summary>Whether the exception (or one inside it) is a transient lock or deadlock error.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True when retrying may succeed.</returns>
    public static bool IsTransient(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var current = pending.Pop();
            if (Messages.Any(m => current.Message.Contains(m, StringComparison.OrdinalIgnoreCase)) || HasLockErrorCode(current))
            {
                return true;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return false;
    }

    private static bool HasLockErrorCode(Exception exception)
    {
        var type = exception.GetType();
        if (type.Name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase)
            && type.GetProperty("SqliteErrorCode")?.GetValue(exception) is int sqliteCode)
        {
            // SQLITE_BUSY = 5, SQLITE_LOCKED = 6 (extended codes keep the primary code in the low byte).
            return (sqliteCode & 0xFF) is 5 or 6;
        }

        if (type.Name == "SqlException" && type.GetProperty("Number")?.GetValue(exception) is int sqlNumber)
        {
            return sqlNumber == 1205;
        }

        return false;
    }
}
