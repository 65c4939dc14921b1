using System.Text;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// Writes <c>docs/content-model.md</c> from the content model: the data types, document types, tabs and
/// properties with their keys, aliases, names, editors, variation and mandatory flags.
/// </summary>
internal static class ContentModelMarkdown
{
    /// <summary>Where the document lives in the repository.</summary>
    public const string DefaultPath = "docs/content-model.md";

    /// <summary>The command that regenerates the document.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Diplomatic.Umbraco.Cli -- usync docs docs/content-model.md";

    /// <summary>The page whose property table is generated between <see cref="TableStart"/> and <see cref="TableEnd"/>.</summary>
    public const string TablePage = "docs/model.md";

    /// <summary>The marker before the generated property table.</summary>
    public const string TableStart = "<!-- content-model-table:start (generated from the model; regenerate: dotnet run --project src/Diplomatic.Umbraco.Cli -- generate) -->";

    /// <summary>The marker after it.</summary>
    public const string TableEnd = "<!-- content-model-table:end -->";

    /// <summary>
    /// One row per property that content of each (non-composition) type has: type, property, alias, editor, varies,
    /// mandatory, declared on.
    /// </summary>
    /// <returns>The Markdown table, without a final newline.</returns>
    public static string PropertyTable()
    {
        var text = new StringBuilder();
        text.Append("| type | property | alias | data type (editor) | varies by culture | mandatory | declared on |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var type in DiplomaticContentModel.DocumentTypes.Where(t => !t.IsComposition))
        {
            foreach (var composition in type.Compositions.Select(DiplomaticContentModel.DocumentType).Append(type))
            {
                foreach (var p in composition.Properties)
                {
                    text.Append('\n').Append($"| `{type.Alias}` | {p.Name} | `{p.Alias}` | {p.DataType.Name} (`{p.DataType.EditorAlias}`) | {(p.VariesByCulture ? "yes" : "no")} | {(p.Mandatory ? "yes" : "no")} | `{composition.Alias}` |");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A page with its generated property table replaced by the model's.</summary>
    /// <param name="page">The page's text.</param>
    /// <returns>The page as it should be.</returns>
    /// <exception cref="InvalidOperationException">The page has no markers.</exception>
    public static string WithPropertyTable(string page)
    {
        var start = page.IndexOf(TableStart, StringComparison.Ordinal);
        var end = page.IndexOf(TableEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{TablePage} has no content-model table between the markers {TableStart} and {TableEnd}.");
        }

        return page[..(start + TableStart.Length)] + "\n" + PropertyTable() + "\n" + page[end..];
    }

    /// <summary>The Markdown text (LF line ends, one final newline).</summary>
    /// <param name="documentTypes">The document types (defaults to the Diplomatic model).</param>
    /// <param name="dataTypes">The plugin's own data types (defaults to the Diplomatic model's).</param>
    /// <returns>The document.</returns>
    public static string Generate(IReadOnlyList<DocumentTypeDefinition>? documentTypes = null, IReadOnlyList<DataTypeDefinition>? dataTypes = null)
    {
        documentTypes ??= DiplomaticContentModel.DocumentTypes;
        dataTypes ??= DiplomaticContentModel.DataTypes;
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line("# The Diplomatic content model");
        Line();
        Line($"<!-- Generated from src/Diplomatic.Umbraco.ContentModel/ContentModel. Do not edit: run `{RegenerateCommand}`. -->");
        Line();
        Line("Every key below is fixed forever: sites that imported the schema rely on it. Types vary by culture;");
        Line("\"varies\" says whether each culture has its own value of a property.");
        Line();

        Line("## Data types shipped by the plugin");
        Line();
        Line($"In the data-type folder `{DiplomaticDataTypes.Folder}`, in `uSync/v17/DataTypes/`.");
        Line();
        Line("| name | key | editor | UI | configuration |");
        Line("| --- | --- | --- | --- | --- |");
        foreach (var dataType in dataTypes.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            Line($"| {Cell(dataType.Name)} | `{dataType.Key}` | `{dataType.EditorAlias}` | `{dataType.EditorUiAlias}` | {Cell(dataType.Configuration.Count == 0 ? "(defaults)" : Summary(dataType.Configuration))} |");
        }

        Line();
        Line("## Built-in data types used");
        Line();
        Line("Referenced by their well-known keys; the plugin never ships a file for them.");
        Line();
        Line("| name | key | editor |");
        Line("| --- | --- | --- |");
        foreach (var dataType in documentTypes.SelectMany(t => t.Properties).Select(p => p.DataType).Where(d => d.IsBuiltIn)
                     .DistinctBy(d => d.Key).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            Line($"| {Cell(dataType.Name)} | `{dataType.Key}` | `{dataType.EditorAlias}` |");
        }

        Line();
        Line("## Document types");
        Line();
        Line("| alias | name | key | folder | at root | varies | compositions | allowed children |");
        Line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var type in documentTypes)
        {
            Line($"| `{type.Alias}` | {Cell(type.Name)} | `{type.Key}` | {Cell(type.Folder ?? string.Empty)} | {YesNo(type.AllowAtRoot)} | {YesNo(type.VariesByCulture)} | {Aliases(type.Compositions)} | {Aliases(type.AllowedChildren)} |");
        }

        foreach (var type in documentTypes)
        {
            Line();
            Line($"### {Cell(type.Name)} (`{type.Alias}`)");
            Line();
            if (type.Description.Length > 0)
            {
                Line(type.Description);
                Line();
            }

            Line($"Key `{type.Key}`{(type.IsComposition ? ", a composition" : string.Empty)}{(type.Compositions.Count > 0 ? $"; composes {Aliases(type.Compositions)}" : string.Empty)}.");
            if (type.Containers.Count == 0)
            {
                Line();
                Line("No properties of its own.");
                continue;
            }

            Line();
            Line("| tab | alias | key | sort |");
            Line("| --- | --- | --- | --- |");
            foreach (var container in type.Containers.OrderBy(c => c.SortOrder))
            {
                Line($"| {Cell(container.Name)} | `{container.Alias}` | `{container.Key}` | {container.SortOrder} |");
            }

            Line();
            Line("| property | alias | key | tab | data type | editor | varies | mandatory |");
            Line("| --- | --- | --- | --- | --- | --- | --- | --- |");
            var sortOrder = type.Containers.ToDictionary(c => c.Alias, c => c.SortOrder);
            foreach (var property in type.Properties.OrderBy(p => sortOrder[p.ContainerAlias]).ThenBy(p => p.SortOrder))
            {
                Line($"| {Cell(property.Name)} | `{property.Alias}` | `{property.Key}` | `{property.ContainerAlias}` | {Cell(property.DataType.Name)} | `{property.DataType.EditorAlias}` | {YesNo(property.VariesByCulture)} | {YesNo(property.Mandatory)} |");
            }
        }

        return md.ToString();
    }

    private static string Summary(IReadOnlyDictionary<string, object?> configuration) =>
        string.Join("; ", configuration.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value switch
        {
            string[] { Length: > 8 } items => $"{p.Key}: {items.Length} items",
            string[] items => $"{p.Key}: {string.Join(", ", items)}",
            IReadOnlyDictionary<string, object?> nested => $"{p.Key}: {{{Summary(nested)}}}",
            IDictionary<string, object?> nested => $"{p.Key}: {{{Summary(nested.AsReadOnly())}}}",
            bool b => $"{p.Key}: {(b ? "true" : "false")}",
            null => $"{p.Key}: null",
            var other => $"{p.Key}: {Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)}",
        }));

    private static string Aliases(IReadOnlyList<string> aliases) => aliases.Count == 0 ? "-" : string.Join(", ", aliases.Select(a => $"`{a}`"));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
