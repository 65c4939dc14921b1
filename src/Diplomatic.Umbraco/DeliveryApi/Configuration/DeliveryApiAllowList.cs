using Diplomatic.Umbraco.ContentModel;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace Diplomatic.Umbraco.DeliveryApi.Configuration;

/// <summary>
/// Adds the magazine's document types to Umbraco's <c>Umbraco:CMS:DeliveryApi:AllowedContentTypeAliases</c> when the
/// site uses an allow-list (a site without one serves every type anyway). That is all the plugin changes in the
/// Delivery API's settings: it never switches the Delivery API on, opens it to the public or changes its output
/// format, so installing the package exposes nothing the site did not already serve (the health check says what to
/// switch on).
/// </summary>
/// <remarks>
/// Registered as <see cref="IConfigureOptions{TOptions}"/>, so it runs after Umbraco's own binding and before any
/// <c>Configure</c>/<c>PostConfigure</c> the site registers later in <c>Program.cs</c>; it runs again on reloads.
/// </remarks>
internal sealed class DeliveryApiAllowList : IConfigureOptions<DeliveryApiSettings>
{
    private readonly IOptionsMonitor<DiplomaticDeliveryApiOptions> _options;

    /// <summary>Creates the configurer.</summary>
    /// <param name="options">The plugin's options.</param>
    public DeliveryApiAllowList(IOptionsMonitor<DiplomaticDeliveryApiOptions> options) => _options = options;

    /// <summary>The document types the magazine serves through the Delivery API: every type of the model but the compositions.</summary>
    public static IReadOnlyList<string> ContentTypeAliases { get; } =
        DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition).Select(t => t.Alias).ToArray();

    /// <inheritdoc />
    public void Configure(DeliveryApiSettings settings)
    {
        if (_options.CurrentValue.AddContentTypesToAllowList && settings.AllowedContentTypeAliases.Count > 0)
        {
            settings.AllowedContentTypeAliases.UnionWith(ContentTypeAliases);
        }
    }
}
