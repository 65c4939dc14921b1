using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Diplomatic.Umbraco.Synchronisation;

namespace Diplomatic.Umbraco.Benchmarks.Synchronisation;

/// <summary>Generating the schema from the model, and reading + validating the generated folder.</summary>
/// <remarks>dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.Benchmarks -- --filter '*USync*'</remarks>
[ShortRunJob(RuntimeMoniker.Net10_0)]
[MemoryDiagnoser]
public class USyncBenchmarks
{
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "diplomatic-bench-" + Guid.NewGuid().ToString("N"));
        USyncSchemaExporter.Export(_folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Generate() => USyncSchemaWriter.Generate().Count;

    [Benchmark]
    public int ReadAndValidate() => USyncValidator.ValidateFolder(_folder, new USyncValidationOptions { PluginMode = true }).Count;

    [Benchmark]
    public int ExportUnchanged() => USyncSchemaExporter.Export(_folder).Unchanged.Count;
}
