using System.Text;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation;
using Diplomatic.Umbraco.Synchronisation.Content;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// Every file the repository derives from the model, in one list, for <c>diplomatic generate</c>: each projection is a
/// relative path and the text it should hold (computed from the model and, for pages with generated parts, from the
/// page as it is). The uSync schema is written by its exporter, which also removes files the model dropped.
/// </summary>
internal static class Projections
{
    /// <summary>How to regenerate them all.</summary>
    public const string Command = "dotnet run --project src/Diplomatic.Umbraco.Cli -- generate";

    /// <summary>One generated file.</summary>
    /// <param name="Path">Relative to the repository root, with <c>/</c>.</param>
    /// <param name="Content">What it should hold.</param>
    internal sealed record Projection(string Path, string Content);

    /// <summary>The text projections, computed against the repository at <paramref name="root"/>.</summary>
    public static IEnumerable<Projection> Texts(string root)
    {
        yield return new(ContentModelMarkdown.DefaultPath, ContentModelMarkdown.Generate());
        yield return new(ContentModelMarkdown.TablePage, ContentModelMarkdown.WithPropertyTable(Read(root, ContentModelMarkdown.TablePage)));
        yield return new("clients/typescript/" + ContractTypeScript.FileName, ContractTypeScript.Generate());
        foreach (var (path, content) in ClientModelsCSharp.Files())
        {
            yield return new(path, content);
        }

        yield return new("src/Diplomatic.Umbraco/" + AppSettingsSchema.FileName, AppSettingsSchema.Generate(ContractCommands.OptionsDocumentation()));

        // Last: the examples run the tool on the files above as they are on disk.
        foreach (var document in DocumentationExamples.Documents(root))
        {
            var text = Read(root, document);
            yield return new(document, DocumentationExamples.Regenerate(root, document, text));
        }
    }

    /// <summary>The uSync schema files (and the exporter's manifest) as the model generates them.</summary>
    public static IReadOnlyList<USyncGeneratedFile> USyncSchema()
    {
        var files = USyncSchemaWriter.Generate();
        return [.. files, USyncSchemaExporter.Manifest(files)];
    }

    /// <summary>The first booklet's manuscript, relative to the repository root.</summary>
    public const string FirstBookletManuscript = "content/booklets/azerbaijan-pakistan-relations.md";

    /// <summary>
    /// The first booklet's uSync content files (<c>uSync/v17/Content</c>), as its manuscript and the model make them:
    /// a property added to a type is written into every item of it.
    /// </summary>
    public static IReadOnlyList<USyncContentFile> FirstBookletContent(string root) =>
        BookletUSyncExport.Files(new ManuscriptReader(new ImportingOptions()).ReadFile(System.IO.Path.Combine(root, FirstBookletManuscript)));

    private static string Read(string root, string path)
    {
        var full = System.IO.Path.Combine(root, path);
        return File.Exists(full) ? File.ReadAllText(full, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
    }
}
