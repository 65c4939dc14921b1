using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Benchmarks.Installation;

/// <summary>
/// What the installer costs on a start where nothing changed (computing the model's version) and per content value
/// converted for the editing service.
/// </summary>
[ShortRunJob(RuntimeMoniker.Net10_0)]
[MemoryDiagnoser]
public class InstallationBenchmarks
{
    private const string Countries = """["Azerbaijan","Pakistan"]""";
    private const string RichText = """{"markup":"<p>Relations between Azerbaijan and Pakistan go back to 1991.</p>","blocks":null}""";
    private const string Pickers = "umb://document/0e233135607446f1b2a0b391dd3f23d4,umb://document/3b36fdc6595b46219709b6baec016386";

    /// <summary>The start-up check: hash of the whole content model.</summary>
    [Benchmark]
    public string SchemaVersion() => SchemaDefinition.Diplomatic.ComputeVersion();

    /// <summary>One dropdown, one rich-text and one picker value converted to editor values.</summary>
    [Benchmark]
    public object?[] ConvertThreeValues() =>
    [
        EditorValues.FromStored("Umbraco.DropDown.Flexible", Countries),
        EditorValues.FromStored("Umbraco.RichText", RichText),
        EditorValues.FromStored("Umbraco.MultiNodeTreePicker", Pickers),
    ];
}
