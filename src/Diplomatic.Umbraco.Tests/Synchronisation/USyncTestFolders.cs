using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Synchronisation;

/// <summary>A temporary folder, deleted when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "diplomatic-sync-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The real uSync folders of the shared fixtures, and helpers to write ours into a temporary folder.</summary>
internal static class USyncTestFolders
{
    public const string Automotive = "SzymonBogunia__AutomotiveInfo/uSync/v17";
    public const string Aesys = "Coding-Craftsmen-Guild__microsite-aesys/Aesys.Web/uSync/v17";
    public const string Kcc = "Th3FenrisWolf__Kitchen-Command-Center/src/KCC.Web/uSync/v17";
    public const string Cabinets = "Coding-Craftsmen-Guild__microsite-aesys/Aesys.Core/Shared/Cabinets/cabinets.config";

    public static string Fixture(string relative) => Path.Combine(RepositoryPaths.USyncFixtures, relative);

    /// <summary>Writes the model's schema into a new temporary folder.</summary>
    public static TemporaryFolder Generated()
    {
        var folder = new TemporaryFolder();
        foreach (var file in USyncSchemaWriter.Generate())
        {
            var path = folder.File(file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return folder;
    }

    /// <summary>Copies a folder recursively into a new temporary folder.</summary>
    public static TemporaryFolder CopyOf(string source)
    {
        var folder = new TemporaryFolder();
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = folder.File(Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }

        return folder;
    }

    /// <summary>A data type definition as read back from a uSync file (configuration as raw JSON values).</summary>
    public static DataTypeDefinition ToDefinition(USyncDataType dataType) => new(
        dataType.Key!.Value,
        dataType.Name,
        dataType.EditorAlias,
        dataType.EditorUiAlias ?? string.Empty,
        IsBuiltIn: false,
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(dataType.ConfigJson ?? "{}")!.ToDictionary(p => p.Key, p => (object?)p.Value),
        dataType.ContainerPath);

    /// <summary>
    /// A document type definition as read back from a uSync file; data types not in <paramref name="dataTypes"/>
    /// are stood in for by their key and the file's Type.
    /// </summary>
    public static DocumentTypeDefinition ToDefinition(USyncContentType type, IReadOnlyDictionary<Guid, DataTypeDefinition> dataTypes) => new()
    {
        Key = type.Key!.Value,
        Alias = type.Alias,
        Name = type.Name,
        Icon = type.Icon,
        Description = type.Description,
        Folder = type.ContainerPath,
        AllowAtRoot = type.AllowAtRoot,
        VariesByCulture = type.VariesByCulture,
        IsElement = type.IsElement,
        Compositions = type.Compositions.Select(c => c.Alias).ToArray(),
        AllowedChildren = type.Structure.OrderBy(s => s.SortOrder).Select(s => s.Alias).ToArray(),
        Containers = type.Tabs.Select(t => new ContainerDefinition(t.Key!.Value, t.Alias, t.Caption, t.SortOrder, Enum.Parse<ContainerKind>(t.Type))).ToArray(),
        Properties = type.Properties.Select(p => new PropertyDefinition
        {
            Key = p.Key!.Value,
            Alias = p.Alias,
            Name = p.Name,
            DataType = dataTypes.TryGetValue(p.Definition!.Value, out var known) ? known
                : BuiltInDataTypes.ByKey.TryGetValue(p.Definition!.Value, out var builtIn) ? builtIn
                : new DataTypeDefinition(p.Definition!.Value, p.Type, p.Type, string.Empty, IsBuiltIn: false, new Dictionary<string, object?>()),
            ContainerAlias = p.TabAlias ?? string.Empty,
            SortOrder = p.SortOrder,
            VariesByCulture = p.VariesByCulture,
            Mandatory = p.Mandatory,
            MandatoryMessage = p.MandatoryMessage,
            ValidationRegex = p.Validation,
            ValidationRegexMessage = p.ValidationRegExpMessage,
            Description = p.Description,
            LabelOnTop = p.LabelOnTop,
        }).ToArray(),
    };
}
