using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Tests.Installation;

public class TransientErrorsTests
{
    [Fact]
    public void Lock_and_deadlock_errors_are_transient_wherever_they_are_wrapped()
    {
        Assert.True(TransientErrors.IsTransient(new InvalidOperationException("SQLite Error 5: 'database is locked'.")));
        Assert.True(TransientErrors.IsTransient(new Exception("outer", new Exception("SQLite Error 6: 'database table is locked'."))));
        Assert.True(TransientErrors.IsTransient(new AggregateException(new Exception("x"), new Exception("Transaction was deadlocked ... chosen as the deadlock victim"))));
        Assert.True(TransientErrors.IsTransient(new SqliteException(5)));
        Assert.True(TransientErrors.IsTransient(new SqliteException(517)));
    }

    [Fact]
    public void Other_errors_are_not()
    {
        Assert.False(TransientErrors.IsTransient(new InvalidOperationException("UNIQUE constraint failed: umbracoNode.uniqueId")));
        Assert.False(TransientErrors.IsTransient(new SqliteException(19)));
    }

    /// <summary>Shaped like Microsoft.Data.Sqlite's exception: the plugin recognises it by name and code.</summary>
    private sealed class SqliteException(int code) : Exception($"SQLite Error {code}.")
    {
        public int SqliteErrorCode { get; } = code;
    }
}
