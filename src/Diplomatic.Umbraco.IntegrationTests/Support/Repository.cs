using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>The repository's committed uSync files, read as the tests need them.</summary>
public static class Repository
{
    /// <summary>The committed uSync schema and content.</summary>
    public static string USync => RepositoryPaths.USyncV17;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<XElement>> Items = new(StringComparer.Ordinal);

    /// <summary>Every uSync file of a kind (ContentTypes, DataTypes, Content), parsed without DTDs, once per run.</summary>
    public static IReadOnlyList<XElement> USyncItems(string kind) =>
        Items.GetOrAdd(kind, k => Directory.EnumerateFiles(Path.Combine(USync, k), "*.config").Order(StringComparer.Ordinal).Select(Load).ToList());

    private static XElement Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader).Root ?? throw new InvalidDataException($"{path}: no root element");
    }
}
