using System.Reflection;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Client;
using Diplomatic.Umbraco.Synchronisation;

namespace Diplomatic.Umbraco.Tests.Documentation;

/// <summary>The dependency rules the README's layout states, read from the built assemblies.</summary>
public class ProjectDependencyTests
{
    public static TheoryData<string> UmbracoFreeAssemblies() =>
    [
        typeof(DiplomaticContentModel).Assembly.GetName().Name!,
        typeof(USyncNames).Assembly.GetName().Name!,
        typeof(IDiplomaticDeliveryClient).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(UmbracoFreeAssemblies))]
    public void The_model_the_uSync_files_and_the_client_reference_no_Umbraco_assembly(string assemblyName)
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
}
