using System.Xml.Linq;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>
/// The README's local-pack command packs the solution; that gives installable packages only if every project a
/// package references is itself a package (packing the plugin alone gave one that needs an unpublished content model).
/// </summary>
public sealed class PackagingTests
{
    private static readonly string[] Packages = ["Diplomatic.Umbraco", "Diplomatic.Umbraco.ContentModel", "Diplomatic.Umbraco.Delivery", "Diplomatic.Umbraco.Cli"];

    [Fact]
    public void The_packable_projects_are_the_four_packages_and_reference_only_each_other()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.csproj", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "benchmarks"), "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => XDocument.Load(p));
        var packable = projects.Where(p => p.Value.Descendants("IsPackable").Any(e => e.Value == "true")).Select(p => p.Key).ToHashSet();

        Assert.Equal(Packages.Order(), packable.Order());
        foreach (var package in packable)
        {
            foreach (var reference in projects[package].Descendants("ProjectReference"))
            {
                var name = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                Assert.True(packable.Contains(name), $"{package} references {name}, which is not a package: installing {package} would fail");
            }
        }
    }

    [Fact]
    public void The_readme_packs_all_four_in_one_command_and_lists_them()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains("dotnet pack Diplomatic.sln -c Release -o ~/diplomatic-packages", readme, StringComparison.Ordinal);
        Assert.All(Packages, p => Assert.Contains($"| `{p}` |", readme, StringComparison.Ordinal));
    }
}
