using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;

namespace Diplomatic.Umbraco.DeliveryApi.Configuration;

/// <summary>
/// Fills the gaps in Umbraco's <see cref="DeliveryApiSettings"/> (bound from <c>Umbraco:CMS:DeliveryApi</c>) with the
/// plugin's defaults, never overwriting what the site's configuration sets: a key is a gap when the configuration
/// has no value for it. If the site uses an allow-list, the magazine's types are added to it. <c>PublicAccess</c>,
/// <c>ApiKey</c>, the disallow-list, member authorisation and the output cache are never touched (Umbraco reads
/// the output-cache settings straight from configuration in <c>AddDeliveryApi()</c>, so options set here could not
/// switch it on anyway).
/// </summary>
/// <remarks>
/// Registered as <see cref="IConfigureOptions{TOptions}"/>, so it runs after Umbraco's own binding and before any
/// <c>Configure</c>/<c>PostConfigure</c> the site registers later in <c>Program.cs</c>; it runs again on reloads.
/// </remarks>
internal sealed class DeliveryApiSettingsDefaults : IConfigureOptions<DeliveryApiSettings>
{
    private readonly IConfiguration _configuration;
    private readonly IOptionsMonitor<DiplomaticDeliveryApiOptions> _options;

    /// <summary>Creates the configurer.</summary>
    /// <param name="configuration">The site's configuration.</param>
    /// <param name="options">The plugin's options.</param>
    public DeliveryApiSettingsDefaults(IConfiguration configuration, IOptionsMonitor<DiplomaticDeliveryApiOptions> options)
    {
        _configuration = configuration;
        _options = options;
    }

    /// <summary>The document types the magazine serves through the Delivery API: every type of the model but the compositions.</summary>
    public static IReadOnlyList<string> ContentTypeAliases { get; } =
        DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Select(t => t.Alias).ToArray();

    /// <inheritdoc />
    public void Configure(DeliveryApiSettings settings)
    {
        var options = _options.CurrentValue;
        if (!options.ApplyDeliveryApiDefaults)
        {
            return;
        }

        var section = _configuration.GetSection(Constants.Configuration.ConfigDeliveryApi);
        if (IsGap(section, nameof(DeliveryApiSettings.Enabled)))
        {
            settings.Enabled = options.EnableDeliveryApi;
        }

        if (IsGap(section, nameof(DeliveryApiSettings.RichTextOutputAsJson)))
        {
            settings.RichTextOutputAsJson = options.RichTextOutputAsJson;
        }

        if (options.AddContentTypesToAllowList && settings.AllowedContentTypeAliases.Count > 0)
        {
            settings.AllowedContentTypeAliases.UnionWith(ContentTypeAliases);
        }
    }

    private static bool IsGap(IConfigurationSection section, string key) => section[key] is null;
}
