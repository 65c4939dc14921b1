using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Diplomatic.Umbraco.Tests.Support;
using Umbraco.Cms.Core.Manifest;

namespace Diplomatic.Umbraco.IntegrationTests.Backoffice;

/// <summary>
/// The plugin's backoffice manifest on a real site that references the plugin: served as a static web asset at
/// /App_Plugins/Diplomatic/umbraco-package.json, and read by Umbraco's own package manifest service (what the
/// backoffice's manifest endpoint answers with after login).
/// </summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class PackageManifestTests
{
    private const string Url = "/App_Plugins/Diplomatic/umbraco-package.json";
    private const string PreviewOption = "Diplomatic.WorkspaceActionMenuItem.PreviewOnMagazine";

    private readonly InstalledSite _site;

    public PackageManifestTests(InstalledSite site) => _site = site;

    [Fact]
    public async Task The_site_serves_the_committed_manifest_under_App_Plugins()
    {
        using var response = await _site.Client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var option = Extension(JsonNode.Parse(body)!["extensions"]!.AsArray(), PreviewOption);
        Assert.Equal("previewOption", option["kind"]?.GetValue<string>());
        Assert.Equal(Diplomatic.Umbraco.Preview.MagazinePreviewUrlProvider.ProviderAlias, option["meta"]?["urlProviderAlias"]?.GetValue<string>());

        // The file the repository holds (and check.sh type-checks), not a copy of another version.
        var committed = Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco", "wwwroot", "App_Plugins", "Diplomatic", "umbraco-package.json");
        Assert.Equal(await File.ReadAllTextAsync(committed), body);
    }

    [Fact]
    public void The_build_lists_the_manifest_among_the_sites_static_web_assets()
    {
        // While developing, the site serves anything under the plugin's wwwroot by pattern, listed or not; pack and
        // publish ship only the assets the build found (a file that is not content is served here and shipped nowhere).
        var endpoints = Path.Combine(AppContext.BaseDirectory, "Diplomatic.Umbraco.TestSite.staticwebassets.endpoints.json");
        using var manifest = JsonDocument.Parse(File.ReadAllText(endpoints));

        Assert.Contains(
            manifest.RootElement.GetProperty("Endpoints").EnumerateArray(),
            e => e.GetProperty("Route").GetString() == Url.TrimStart('/') && e.GetProperty("AssetFile").GetString() == Url.TrimStart('/'));
    }

    [Fact]
    public async Task Umbracos_package_manifest_service_lists_the_package_with_its_preview_option()
    {
        var manifests = _site.Get<IPackageManifestService>();

        var package = Assert.Single(await manifests.GetAllPackageManifestsAsync(), m => m.Name == "Diplomatic.Umbraco");
        Assert.Equal("Diplomatic.Umbraco", package.Id);
        var packageVersion = typeof(IContentInstaller).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal(packageVersion, package.Version);
        Assert.True(package.AllowTelemetry);

        // Not public: the backoffice loads it for signed-in users only (the login screen has no use for it).
        Assert.Contains(await manifests.GetPrivatePackageManifestsAsync(), m => m.Name == package.Name);
        Assert.DoesNotContain(await manifests.GetPublicPackageManifestsAsync(), m => m.Name == package.Name);

        // Umbraco keeps the extensions as it read them (JSON elements): what the backoffice's manifest endpoint returns.
        var option = Extension(JsonSerializer.SerializeToNode(package.Extensions)!.AsArray(), PreviewOption);
        Assert.Equal("workspaceActionMenuItem", option["type"]?.GetValue<string>());
        Assert.Equal("previewOption", option["kind"]?.GetValue<string>());
        Assert.Equal("Umb.WorkspaceAction.Document.SaveAndPreview", option["forWorkspaceActions"]?.GetValue<string>());
        Assert.Equal("Preview on the magazine", option["meta"]?["label"]?.GetValue<string>());
        Assert.Equal(Diplomatic.Umbraco.Preview.MagazinePreviewUrlProvider.ProviderAlias, option["meta"]?["urlProviderAlias"]?.GetValue<string>());
    }

    private static JsonNode Extension(JsonArray extensions, string alias) =>
        Assert.Single(extensions, e => e?["alias"]?.GetValue<string>() == alias)!;
}
