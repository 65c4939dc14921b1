using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Scoping;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// Runs Umbraco's relations handler in a scope that took the write lock first, on SQLite. The handler
/// (<c>ContentRelationsUpdate</c>) runs after a save's commit, in a scope of its own and without a lock: it reads the
/// references, then writes the relations. Under bulk writes another writer (a background job, the next batch's cache
/// instructions) commits in between often enough, and on SQLite its first write then waits for minutes and fails
/// (see <see cref="WriteLockFirst"/>), leaving the relations of that save unwritten. On other databases the handler
/// is called as it is.
/// </summary>
/// <typeparam name="TNotification">The notification the handler is registered for.</typeparam>
internal sealed class RelationsUpdateWriteLockFirst<TNotification> : INotificationHandler<TNotification>
    where TNotification : INotification
{
    private readonly INotificationHandler<TNotification> _inner;
    private readonly ICoreScopeProvider _scopes;
    private readonly IOptionsMonitor<ConnectionStrings> _connectionStrings;

    /// <summary>Wraps Umbraco's handler.</summary>
    /// <param name="inner">Umbraco's relations handler.</param>
    /// <param name="scopes">The scope provider.</param>
    /// <param name="connectionStrings">Tells whether the site runs on SQLite.</param>
    public RelationsUpdateWriteLockFirst(INotificationHandler<TNotification> inner, ICoreScopeProvider scopes, IOptionsMonitor<ConnectionStrings> connectionStrings)
    {
        _inner = inner;
        _scopes = scopes;
        _connectionStrings = connectionStrings;
    }

    /// <inheritdoc />
    public void Handle(TNotification notification) => Run(() => _inner.Handle(notification));

    /// <inheritdoc />
    public void Handle(IEnumerable<TNotification> notifications) => Run(() => _inner.Handle(notifications));

    private void Run(Action handle)
    {
        if (!RelationsUpdateWriteLockFirst.IsSqlite(_connectionStrings.CurrentValue))
        {
            handle();
            return;
        }

        using var scope = _scopes.CreateWritingScope();
        handle();
        scope.Complete();
    }
}

/// <summary>Puts <see cref="RelationsUpdateWriteLockFirst{TNotification}"/> in place of Umbraco's relations handler.</summary>
internal static class RelationsUpdateWriteLockFirst
{
    /// <summary>Umbraco 17's relations handler, an internal type: found by name, so a later Umbraco without it is left alone.</summary>
    public const string HandlerTypeName = "Umbraco.Cms.Infrastructure.Persistence.Relations.ContentRelationsUpdate";

    /// <summary>The provider name of Umbraco's SQLite persistence (<c>Umbraco.Cms.Persistence.Sqlite.Constants.ProviderName</c>).</summary>
    private const string SqliteProviderName = "Microsoft.Data.Sqlite";

    /// <summary>Whether the site's database is SQLite.</summary>
    /// <param name="connectionStrings">The site's connection strings.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsSqlite(ConnectionStrings connectionStrings) =>
        string.Equals(connectionStrings.ProviderName, SqliteProviderName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Replaces each registration of Umbraco's relations handler, in place (the handlers' order is kept).</summary>
    /// <param name="services">The site's services, after Umbraco registered its handlers.</param>
    /// <returns>How many registrations were replaced (four on Umbraco 17: content saved and published, media and member saved).</returns>
    public static int Decorate(IServiceCollection services)
    {
        var replaced = 0;
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.IsKeyedService
                || descriptor.ImplementationType is not { FullName: HandlerTypeName } handlerType
                || !descriptor.ServiceType.IsGenericType
                || descriptor.ServiceType.GetGenericTypeDefinition() != typeof(INotificationHandler<>))
            {
                continue;
            }

            var wrapper = typeof(RelationsUpdateWriteLockFirst<>).MakeGenericType(descriptor.ServiceType.GetGenericArguments());
            services[i] = ServiceDescriptor.Describe(
                descriptor.ServiceType,
                provider => ActivatorUtilities.CreateInstance(provider, wrapper, ActivatorUtilities.CreateInstance(provider, handlerType)),
                descriptor.Lifetime);
            replaced++;
        }

        return replaced;
    }
}
