using System.Xml;
using System.Xml.Linq;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>The repository's committed files, found from the test's output folder.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Diplomatic.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed uSync schema and content.</summary>
    public static string USync => Path.Combine(Root, "uSync", "v17");

    /// <summary>Every uSync file of a kind (ContentTypes, DataTypes, Content), parsed without DTDs.</summary>
    public static IReadOnlyList<XElement> USyncItems(string kind) =>
        Directory.EnumerateFiles(Path.Combine(USync, kind), "*.config").Order(StringComparer.Ordinal).Select(Load).ToList();

    private static XElement Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader).Root ?? throw new InvalidDataException($"{path}: no root element");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Diplomatic.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Diplomatic.sln above {AppContext.BaseDirectory}.");
    }
}
