using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace Umbraco.Extensions;

/// <summary>Registers the Diplomatic installer.</summary>
public static class DiplomaticInstallationBuilderExtensions
{
    /// <summary>
    /// Installs and keeps up to date the Diplomatic schema (and the registered seed content) through a package
    /// migration that Umbraco runs at boot, with
    /// options bound from <c>Diplomatic:Installation</c>. Safe to call more than once: later calls only add
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="configure">Changes the options after they are bound from configuration.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticInstallation(this IUmbracoBuilder builder, Action<DiplomaticInstallationOptions>? configure = null)
    {
        return DiplomaticFeature.Add(builder, DiplomaticConfiguration.InstallationSection, configure, static builder =>
        {
            builder.Services.AddSingleton(SchemaDefinition.Diplomatic);
            builder.Services.AddSingleton<SchemaInstaller>();
            builder.Services.AddSingleton<IContentInstaller, ContentInstaller>();
            builder.Services.AddSingleton<DiplomaticInstaller>();

            // A package migration, not a start-up handler: Umbraco runs it unattended at boot on the one server that
            // wins its migration leadership, whatever the server role is at that moment (still Unknown on a default site).
            builder.PackageMigrationPlans().Add<DiplomaticPackageMigrationPlan>();
            builder.Services.AddSingleton<DeliveryApiIndexRebuildRequest>();
            builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, DeliveryApiIndexRebuild>();

            // Umbraco's relations handler reads before it writes, after each commit: on SQLite, under the installer's
            // bulk writes, that stalls for minutes and loses the relations (see RelationsUpdateWriteLockFirst).
            RelationsUpdateWriteLockFirst.Decorate(builder.Services);
        });
    }

    /// <summary>Registers content to install once, on the first start where the schema is in place.</summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticContentSeed(this IUmbracoBuilder builder, IContentSeed seed)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(seed);
        builder.Services.AddSingleton(seed);
        return builder;
    }
}
