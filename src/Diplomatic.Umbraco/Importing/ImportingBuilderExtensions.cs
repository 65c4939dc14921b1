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
    /// false). Options bind from <c>Diplomatic:Importing</c>; calling it twice does nothing more.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="configure">Overrides applied after configuration.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticImporting(this IUmbracoBuilder builder, Action<ImportingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(s => s.ServiceType == typeof(ImportingMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<ImportingMarker>();
        var options = builder.Services.AddOptions<ImportingOptions>()
            .Bind(builder.Config.GetSection(DiplomaticConfiguration.ImportingSection))
            .ValidateDataAnnotations();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddSingleton(sp => new ManuscriptReader(sp.GetRequiredService<IOptions<ImportingOptions>>().Value));
        builder.AddNotificationHandler<ContentSavingNotification, ReadingTimeHandler>();
        builder.Services.AddSingleton<IManuscriptFiles, ManuscriptFiles>();
        builder.AddDiplomaticInstallation();
        builder.Services.AddSingleton<IContentSeed>(sp => new FirstBookletSeed(
            sp.GetRequiredService<ManuscriptReader>(),
            sp.GetRequiredService<IOptions<ImportingOptions>>().Value.WordsPerMinute));
        builder.AddNotificationHandler<ContentSavingNotification, ManuscriptImportHandler>();
        builder.AddNotificationAsyncHandler<ContentSavedNotification, ManuscriptImportHandler>();
        return builder;
    }

    /// <summary>Marks the registration as done.</summary>
    private sealed class ImportingMarker;
}
