using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Importing;

/// <summary>Adds the manuscript importer to every site that installs the package (<see cref="ImportingBuilderExtensions.AddDiplomaticImporting"/>).</summary>
public sealed class ImportingComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddDiplomaticImporting();
}
