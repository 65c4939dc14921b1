using System.Data.Common;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.HealthChecks;

namespace Diplomatic.Umbraco.Installation.HealthChecks;

/// <summary>
/// Health check (Settings › Health Check › Diplomatic): can the site take the installer's and the importer's bulk
/// writes? On SQLite with <c>Cache=Shared</c>, as Umbraco's installer writes the connection string, Umbraco's own
/// background jobs and a long run of saves can end up waiting on each other's table locks for minutes; a private
/// cache does not (docs/install.md, "SQLite and bulk writes"). The message never quotes the connection string.
/// </summary>
[HealthCheck(CheckId, "Diplomatic bulk writes", Description = "Checks that the database can take large manuscript imports and seeding without stalling.", Group = "Diplomatic")]
public sealed class BulkWritesHealthCheck : HealthCheck
{
    /// <summary>The check's id.</summary>
    public const string CheckId = "4e0c7b2a-93d5-4a8f-b1e6-7d2f0c9a5b18";

    private readonly IOptionsMonitor<ConnectionStrings> _connectionStrings;

    /// <summary>Creates the check (Umbraco does this).</summary>
    /// <param name="connectionStrings">The site's connection strings.</param>
    public BulkWritesHealthCheck(IOptionsMonitor<ConnectionStrings> connectionStrings) => _connectionStrings = connectionStrings;

    /// <inheritdoc />
    public override Task<IEnumerable<HealthCheckStatus>> GetStatusAsync() =>
        Task.FromResult<IEnumerable<HealthCheckStatus>>([Check(_connectionStrings.CurrentValue)]);

    /// <inheritdoc />
    public override HealthCheckStatus ExecuteAction(HealthCheckAction action) =>
        new("This check has no automatic fix: change the connection string as its message says.") { ResultType = StatusResultType.Info };

    /// <summary>The status for the site's connection string.</summary>
    /// <param name="connectionStrings">The site's connection strings.</param>
    /// <returns>The status.</returns>
    internal static HealthCheckStatus Check(ConnectionStrings connectionStrings)
    {
        if (!RelationsUpdateWriteLockFirst.IsSqlite(connectionStrings))
        {
            return Status(StatusResultType.Success, "The site is not on SQLite: bulk imports need nothing more.");
        }

        string? cache;
        try
        {
            var parsed = new DbConnectionStringBuilder { ConnectionString = connectionStrings.ConnectionString ?? string.Empty };
            cache = parsed.TryGetValue("Cache", out var value) ? value?.ToString() : null;
        }
        catch (ArgumentException)
        {
            return Status(StatusResultType.Warning, "The SQLite connection string (umbracoDbDSN) could not be read, so its cache mode is unknown.");
        }

        if (string.Equals(cache?.Trim(), "Shared", StringComparison.OrdinalIgnoreCase))
        {
            return Status(
                StatusResultType.Warning,
                "SQLite runs with Cache=Shared: under a large manuscript import or seeding, Umbraco's background jobs and the saves can wait on each other's locks for minutes. "
                + "Set Cache=Private in ConnectionStrings:umbracoDbDSN and restart the site (see the plugin's docs/install.md, \"SQLite and bulk writes\").");
        }

        return Status(StatusResultType.Success, "SQLite runs with a private cache: bulk imports take the write lock before they read and do not stall.");
    }

    private static HealthCheckStatus Status(StatusResultType type, string message) => new(message) { ResultType = type };
}
