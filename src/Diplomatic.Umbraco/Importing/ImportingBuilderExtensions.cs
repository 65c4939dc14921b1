using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Backoffice;
using Diplomatic.Umbraco.Importing.ReadingTime;
using Diplomatic.Umbraco.Importing.Seed;
using Diplomatic.Umbraco.Installation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

// The extension lives in Umbraco.Extensions so sites find it without a using, like Umbraco's own.
namespace Umbraco.Extensions;

/// <summary>Registers the manuscript importer.</summary>
public static class ImportingBuilderExtensions
{
    /// <summary>
    /// Adds the manuscript importer: the readers (Markdown, plain text, Word) with their size caps and the
    /// reading-time handler for articles, the backoffice import of a booklet's uploaded manuscript (written through
    /// the installer's <c>IContentInstaller</c>, so this also adds <c>AddDiplomaticInstallation</c>) and the first
    /// booklet as seed content (installed on first boot unless <c>Diplomatic:Installation:InstallSeedContent</c> is
    /// false). Options bind from <c>Diplomatic:Importing</c>; safe to call twice: a later call only applies its
    /// <paramref name="configure"/> (the rule of every feature, see <c>DiplomaticFeature</c>).
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="configure">Overrides applied after configuration.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticImporting(this IUmbracoBuilder builder, Action<ImportingOptions>? configure = null)
    {
        DiplomaticFeature.Add(builder, DiplomaticConfiguration.ImportingSection, configure, static builder =>
        {
            // Transient: each import reads the caps as they are now (IOptionsMonitor), not as they were at start-up.
            builder.Services.AddTransient(sp => new ManuscriptReader(sp.GetRequiredService<IOptionsMonitor<ImportingOptions>>().CurrentValue));
            builder.AddNotificationHandler<ContentSavingNotification, ReadingTimeHandler>();
            builder.Services.AddSingleton<IManuscriptFiles, ManuscriptFiles>();
            builder.AddDiplomaticInstallation();
            builder.Services.AddSingleton<IContentSeed>(sp => new FirstBookletSeed(
                sp.GetRequiredService<ManuscriptReader>(),
                sp.GetRequiredService<IOptionsMonitor<ImportingOptions>>().CurrentValue.WordsPerMinute));
            builder.AddNotificationHandler<ContentSavingNotification, ManuscriptImportHandler>();
            builder.AddNotificationAsyncHandler<ContentSavedNotification, ManuscriptImportHandler>();
        });
        return builder;
    }
}
