using Diplomatic.Umbraco.Configuration;
using Diplomatic.Umbraco.Preview;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;

namespace Umbraco.Extensions;

/// <summary>Registers the Diplomatic headless preview.</summary>
public static class DiplomaticPreviewBuilderExtensions
{
    /// <summary>
    /// Adds the headless preview: options from <c>Diplomatic:Preview</c> (validated at start-up) and the URL provider
    /// behind the backoffice's "Preview on the magazine". Safe to call twice: the second call only applies its
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <param name="configure">Changes to the options after they are bound from configuration.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddDiplomaticPreview(this IUmbracoBuilder builder, Action<DiplomaticPreviewOptions>? configure = null)
    {
        DiplomaticFeature.Add(builder, DiplomaticConfiguration.PreviewSection, configure, static builder =>
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.UrlProviders().Append<MagazinePreviewUrlProvider>();
        });
        return builder;
    }
}
