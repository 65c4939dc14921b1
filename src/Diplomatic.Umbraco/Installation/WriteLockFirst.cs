using Umbraco.Cms.Core.Scoping;
using Constants = Umbraco.Cms.Core.Constants;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Scopes that hold Umbraco's content write lock before they read anything.
/// </summary>
/// <remarks>
/// Umbraco 17's SQLite provider begins every transaction deferred, and its services take their write lock lazily, at
/// their own scope's first query: inside an outer scope that has already read, that is after the reads. Such a
/// transaction holds a read snapshot (WAL, <c>Cache=Private</c>) or table read locks (<c>Cache=Shared</c>). When
/// another writer commits in between (Private) or writes what it read (Shared), its first write can never succeed:
/// the provider's retry policy repeats the statement, not the transaction, for about ten minutes and then fails.
/// A scope whose first statement is the lock cannot get there: it waits for the other writer like any writer.
/// (Integration test: <c>WriteLockFirstTests</c>, which shows both stalls on a real site.)
/// </remarks>
internal static class WriteLockFirst
{
    /// <summary>A scope whose first statement takes the content write lock.</summary>
    /// <param name="scopes">The scope provider.</param>
    /// <returns>The scope; the caller completes and disposes it.</returns>
    public static ICoreScope CreateWritingScope(this ICoreScopeProvider scopes)
    {
        var scope = scopes.CreateCoreScope();
        try
        {
            scope.EagerWriteLock(Constants.Locks.ContentTree);
            return scope;
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }
}
