using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Preview;

/// <summary>Adds the headless preview. A site that calls <c>AddDiplomaticPreview</c> itself keeps its own settings.</summary>
public sealed class PreviewComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddDiplomaticPreview();
}
