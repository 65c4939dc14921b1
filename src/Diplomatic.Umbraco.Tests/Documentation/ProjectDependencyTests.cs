using System.Reflection;
using System.Text.Json;
using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>The dependency rules the README's layout states, read from the built assemblies.</summary>
public class ProjectDependencyTests
{
    public static TheoryData<string> UmbracoFreeAssemblies() =>
    [
        typeof(DiplomaticContentModel).Assembly.GetName().Name!,
        typeof(ImportingOptions).Assembly.GetName().Name!,
        typeof(USyncNames).Assembly.GetName().Name!,
        typeof(IDiplomaticDeliveryClient).Assembly.GetName().Name!,
        typeof(DiplomaticCommand).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(UmbracoFreeAssemblies))]
    public void The_model_the_core_the_uSync_files_the_client_and_the_cli_reference_no_Umbraco_assembly(string assemblyName)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("Umbraco.", StringComparison.Ordinal));
        Assert.DoesNotContain("Diplomatic.Umbraco", references);
    }

    [Fact]
    public void The_runtime_plugin_does_not_ship_the_uSync_writers()
    {
        var plugin = typeof(global::Umbraco.Extensions.DiplomaticInstallationBuilderExtensions).Assembly;
        Assert.DoesNotContain(plugin.GetReferencedAssemblies(), a => a.Name == typeof(USyncNames).Assembly.GetName().Name);
        Assert.DoesNotContain(plugin.GetTypes(), t => t.Namespace?.StartsWith("Diplomatic.Umbraco.Synchronisation", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_cli_tool_carries_no_Umbraco_assembly()
    {
        // The tool's own build output (same configuration as these tests), not this folder: the tests reference the plugin.
        var configuration = Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco.Tests"), AppContext.BaseDirectory);
        var output = Path.Combine(RepositoryPaths.Root, "src", "Diplomatic.Umbraco.Cli", configuration);
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "Diplomatic.Umbraco.Cli.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();

        Assert.DoesNotContain(libraries, name => name.StartsWith("Umbraco.", StringComparison.Ordinal));
        Assert.DoesNotContain("Diplomatic.Umbraco", libraries);
        Assert.Empty(Directory.EnumerateFiles(output, "Umbraco*.dll").Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(output, "Diplomatic.Umbraco.dll")), "the CLI's output holds the plugin");
    }
}
