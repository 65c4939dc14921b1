using System.Reflection;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Backoffice;

/// <summary>
/// The plugin's backoffice manifest (wwwroot/App_Plugins/Diplomatic/umbraco-package.json): its version is the
/// package's, and its preview option names the URL provider the server registers. clients/backoffice/check.sh
/// type-checks the same file against Umbraco's backoffice types; the integration tests read it from a real site.
/// </summary>
public class PackageManifestTests
{
    /// <summary>The alias of the plugin's IUrlProvider for magazine previews (the server side of the option).</summary>
    private const string UrlProviderAlias = Diplomatic.Umbraco.Preview.MagazinePreviewUrlProvider.ProviderAlias;

    private static readonly string ManifestPath =
        Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco", "wwwroot", "App_Plugins", "Diplomatic", "umbraco-package.json");

    [Fact]
    public void The_manifest_version_is_the_package_version()
    {
        // What dotnet pack stamps on the package (Directory.Build.props's Version, or -p:Version), without the
        // +commit metadata the SDK appends.
        var informational = typeof(IContentInstaller).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var packageVersion = informational.Split('+')[0];

        Assert.True(
            Manifest()["version"]?.GetValue<string>() == packageVersion,
            $"{ManifestPath} has version {Manifest()["version"]}; the package is {packageVersion}. Set the manifest's \"version\" to {packageVersion}.");
    }

    [Fact]
    public void The_manifest_is_the_packages_with_one_preview_option_on_save_and_preview()
    {
        var manifest = Manifest();
        Assert.Equal("Diplomatic.Umbraco", manifest["name"]?.GetValue<string>());
        Assert.Equal("Diplomatic.Umbraco", manifest["id"]?.GetValue<string>());

        var option = Assert.Single(manifest["extensions"]!.AsArray())!;
        Assert.Equal("workspaceActionMenuItem", option["type"]?.GetValue<string>());
        Assert.Equal("previewOption", option["kind"]?.GetValue<string>());
        Assert.Equal("Diplomatic.WorkspaceActionMenuItem.PreviewOnMagazine", option["alias"]?.GetValue<string>());
        Assert.Equal("Umb.WorkspaceAction.Document.SaveAndPreview", option["forWorkspaceActions"]?.GetValue<string>());
        Assert.Equal("Preview on the magazine", option["meta"]?["label"]?.GetValue<string>());
        Assert.Equal(UrlProviderAlias, option["meta"]?["urlProviderAlias"]?.GetValue<string>());
    }

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!;
}
