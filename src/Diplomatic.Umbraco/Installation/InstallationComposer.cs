using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Extensions;

namespace Diplomatic.Umbraco.Installation;

/// <summary>Turns the installer on when the package is installed (a site's own <c>AddDiplomaticInstallation</c> call wins).</summary>
public sealed class InstallationComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddDiplomaticInstallation();
}
