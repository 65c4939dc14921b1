using System.Xml.Linq;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>
/// The README's local-pack command packs the solution; that gives installable packages only if every project a
/// package references is itself a package (packing the plugin alone gave one that needs an unpublished content model).
/// </summary>
public sealed class PackagingTests
{
    private static readonly string[] Packages = ["Diplomatic.Umbraco", "Diplomatic.Umbraco.Core", "Diplomatic.Umbraco.ContentModel", "Diplomatic.Umbraco.Delivery", "Diplomatic.Umbraco.Print", "Diplomatic.Umbraco.Cli"];

    [Fact]
    public void The_packable_projects_are_the_six_packages_and_the_libraries_reference_only_each_other()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.csproj", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "benchmarks"), "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => XDocument.Load(p));
        var packable = projects.Where(p => p.Value.Descendants("IsPackable").Any(e => e.Value == "true")).Select(p => p.Key).ToHashSet();

        Assert.Equal(Packages.Order(), packable.Order());
        // A dotnet tool's package carries its references' assemblies itself (no dependencies), so only the library
        // packages must reference packages alone.
        foreach (var package in packable.Where(p => !projects[p].Descendants("PackAsTool").Any(e => e.Value == "true")))
        {
            foreach (var reference in projects[package].Descendants("ProjectReference"))
            {
                var name = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                Assert.True(packable.Contains(name), $"{package} references {name}, which is not a package: installing {package} would fail");
            }
        }
    }

    [Fact]
    public void Only_the_installable_plugin_is_tagged_for_the_umbraco_marketplace_and_every_package_has_its_own_readme()
    {
        var shared = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("PackageTags").Single().Value;
        Assert.DoesNotContain("umbraco-marketplace", shared, StringComparison.Ordinal);
        foreach (var package in Packages)
        {
            var folder = Path.Combine(RepositoryPaths.Root, "src", package);
            var project = XDocument.Load(Path.Combine(folder, package + ".csproj"));
            var tags = project.Descendants("PackageTags").SingleOrDefault()?.Value ?? shared;
            Assert.Equal(package == "Diplomatic.Umbraco", tags.Split(' ').Contains("umbraco-marketplace"));

            // Its own readme, beside it, packed as the package's README.md and naming the package.
            Assert.Equal("README.md", project.Descendants("PackageReadmeFile").Single().Value);
            Assert.Contains(project.Descendants("None"), e => e.Attribute("Include")?.Value == "README.nuget.md" && e.Attribute("PackagePath")?.Value == "README.md");
            Assert.StartsWith($"# {package}\n", File.ReadAllText(Path.Combine(folder, "README.nuget.md")), StringComparison.Ordinal);
        }

        using var marketplace = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "umbraco-marketplace.json")));
        Assert.Equal("https://marketplace.umbraco.com/umbraco-marketplace-schema.json", marketplace.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("Diplomatic.Umbraco", marketplace.RootElement.GetProperty("Title").GetString());
    }

    [Fact]
    public void The_readme_packs_all_six_in_one_command_and_lists_them()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains("dotnet pack Diplomatic.sln -c Release -o ~/diplomatic-packages", readme, StringComparison.Ordinal);
        Assert.All(Packages, p => Assert.Contains($"| `{p}` |", readme, StringComparison.Ordinal));
    }
}
