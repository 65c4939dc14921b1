using System.Reflection;
using System.Text;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>
/// Writes the C# client's per-property code from the content model (src/Diplomatic.Umbraco.Delivery): the flat
/// property-alias constants, one interface per composition, one content class and one properties class per content
/// type, and the property tables its reader fills them with. The value shape of each editor is the TypeScript
/// contract's (<see cref="ContractTypeScript"/>); what the model does not say (doc summaries, which texts repeat
/// enough to pool) is in the small tables at the end of this class, with a rule for a property they do not name.
/// </summary>
internal static class ClientModelsCSharp
{
    /// <summary>The client project, relative to the repository root.</summary>
    public const string Project = "src/Diplomatic.Umbraco.Delivery/";

    /// <summary>The flat property-alias constants (<c>DeliveryAliases.Properties</c>).</summary>
    public const string AliasesFile = Project + "DeliveryAliases.g.cs";

    /// <summary>The composition interfaces.</summary>
    public const string CompositionsFile = Project + "Models/Compositions.g.cs";

    /// <summary>The content classes and their properties classes.</summary>
    public const string ContentTypesFile = Project + "Models/ContentTypes.g.cs";

    /// <summary>The property tables of the hand-written reader.</summary>
    public const string PropertyReadersFile = Project + "Json/PropertyReaders.g.cs";

    private static IReadOnlyList<DocumentTypeDefinition> Compositions { get; } =
        DiplomaticContentModel.DocumentTypes.Where(t => t.IsComposition).ToList();

    /// <summary>Every generated file: relative path and text (LF line endings).</summary>
    public static IEnumerable<(string Path, string Content)> Files()
    {
        yield return (AliasesFile, Aliases());
        yield return (CompositionsFile, CompositionInterfaces());
        yield return (ContentTypesFile, ContentTypes());
        yield return (PropertyReadersFile, PropertyTables());
    }

    private static string Aliases()
    {
        var cs = Header(["Diplomatic.Umbraco.ContentModel"], "Diplomatic.Umbraco.Delivery");
        cs.Append("public static partial class DeliveryAliases\n{\n");
        cs.Append("    /// <summary>Content-type aliases (the <c>contentType</c> of an item).</summary>\n");
        cs.Append("    public static class ContentTypes\n    {\n");
        var firstType = true;
        foreach (var type in ContractTypeScript.ContentTypes)
        {
            if (!firstType)
            {
                cs.Append('\n');
            }

            firstType = false;
            Summary(cs, "        ", ContentTypeSummaries.GetValueOrDefault(type.Alias) ?? type.Description);
            cs.Append("        public const string ").Append(Pascal(type.Alias)).Append(" = DocumentTypeAliases.").Append(Pascal(type.Alias)).Append(";\n");
        }

        cs.Append("    }\n\n");
        cs.Append("    /// <summary>Property aliases (keys of an item's <c>properties</c>).</summary>\n");
        cs.Append("    public static class Properties\n    {\n");
        cs.Append("#pragma warning disable CS1591 // Each constant is the property alias of the same name; the content model documents them.\n");
        foreach (var (name, constant) in ModelPropertyConstants().Values.Distinct())
        {
            cs.Append("        public const string ").Append(name).Append(" = ").Append(constant).Append(";\n");
        }

        cs.Append("#pragma warning restore CS1591\n    }\n}\n");
        return cs.ToString();
    }

    private static string CompositionInterfaces()
    {
        var cs = Header(["System.Text.Json.Serialization"], "Diplomatic.Umbraco.Delivery.Models", properties: true);
        var first = true;
        foreach (var composition in Compositions)
        {
            if (!first)
            {
                cs.Append('\n');
            }

            first = false;
            Summary(cs, "", CompositionSummaries.GetValueOrDefault(composition.Alias) ?? $"The properties of the <c>{composition.Alias}</c> composition.");
            cs.Append("public interface ").Append(InterfaceName(composition)).Append("\n{\n");
            var firstProperty = true;
            foreach (var property in composition.Properties)
            {
                if (!firstProperty)
                {
                    cs.Append('\n');
                }

                firstProperty = false;
                Summary(cs, "    ", PropertySummary(composition, property));
                cs.Append("    [JsonPropertyName(P.").Append(Pascal(property.Alias)).Append(")]\n");
                cs.Append("    ").Append(ClrType(property)).Append(' ').Append(Pascal(property.Alias)).Append(" { get; set; }\n");
            }

            cs.Append("}\n");
        }

        return cs.ToString();
    }

    private static string ContentTypes()
    {
        var cs = Header(["System.Text.Json.Serialization", "Diplomatic.Umbraco.Delivery.Json"], "Diplomatic.Umbraco.Delivery.Models", properties: true, types: true);
        foreach (var type in ContractTypeScript.ContentTypes)
        {
            var name = Pascal(type.Alias);
            Summary(cs, "", ContentTypeSummaries.GetValueOrDefault(type.Alias) ?? type.Description);
            cs.Append("[JsonConverter(typeof(DeliveryContentConverter<").Append(name).Append(">))]\n");
            cs.Append("public sealed class ").Append(name).Append(" : DeliveryContent<").Append(name).Append("Properties>\n{\n");
            cs.Append("    /// <inheritdoc />\n    [JsonIgnore]\n");
            cs.Append("    public override string ContentType => T.").Append(name).Append(";\n\n");
            cs.Append("    /// <inheritdoc />\n");
            cs.Append("    private protected override PropertyTable<").Append(name).Append("Properties> PropertyTable => PropertyReaders.").Append(name).Append(";\n}\n\n");
        }

        // The reader's factory: an item of the content type a response names.
        cs.Append("/// <summary>A new, empty item of the content type a response names; a plain <see cref=\"DeliveryContent\"/> for any other.</summary>\n");
        cs.Append("internal static class DeliveryContentTypes\n{\n");
        cs.Append("    public static DeliveryContent Create(string? contentType) => contentType switch\n    {\n");
        foreach (var type in ContractTypeScript.ContentTypes)
        {
            cs.Append("        T.").Append(Pascal(type.Alias)).Append(" => new ").Append(Pascal(type.Alias)).Append("(),\n");
        }

        cs.Append("        _ => new DeliveryContent(),\n    };\n}\n\n");

        var firstType = true;
        foreach (var type in ContractTypeScript.ContentTypes)
        {
            if (!firstType)
            {
                cs.Append('\n');
            }

            firstType = false;
            var name = Pascal(type.Alias);
            Summary(cs, "", PropertiesClassSummaries.GetValueOrDefault(type.Alias) ?? $"The properties of <c>{type.Alias}</c>.");
            cs.Append("public sealed class ").Append(name).Append("Properties");
            if (type.Compositions.Count > 0)
            {
                cs.Append(" : ").Append(string.Join(", ", type.Compositions.Select(c => InterfaceName(DiplomaticContentModel.DocumentType(c)))));
            }

            cs.Append("\n{\n");
            var firstProperty = true;
            foreach (var composition in type.Compositions.Select(DiplomaticContentModel.DocumentType))
            {
                var prefix = CompositionPropertyPrefixes.GetValueOrDefault(composition.Alias);
                foreach (var property in composition.Properties)
                {
                    var summary = PropertySummary(composition, property);
                    PropertyLine(cs, property, prefix is null ? summary : prefix + LowerFirst(summary), ref firstProperty);
                }
            }

            foreach (var property in type.Properties)
            {
                PropertyLine(cs, property, PropertySummary(type, property), ref firstProperty);
            }

            cs.Append("}\n");
        }

        return cs.ToString();
    }

    private static void PropertyLine(StringBuilder cs, PropertyDefinition property, string summary, ref bool first)
    {
        if (!first)
        {
            cs.Append('\n');
        }

        first = false;
        Summary(cs, "    ", summary);
        cs.Append("    [JsonPropertyName(P.").Append(Pascal(property.Alias)).Append(")] public ").Append(ClrType(property)).Append(' ')
            .Append(Pascal(property.Alias)).Append(" { get; set; }\n");
    }

    private static string PropertyTables()
    {
        var cs = Header(["System.Text.Json", "Diplomatic.Umbraco.Delivery.Models"], "Diplomatic.Umbraco.Delivery.Json", properties: true);
        cs.Append("internal static partial class PropertyReaders\n{\n");
        foreach (var type in ContractTypeScript.ContentTypes)
        {
            var name = Pascal(type.Alias);
            cs.Append("    public static readonly PropertyTable<").Append(name).Append("Properties> ").Append(name);
            if (type.Compositions.Count == 0 && type.Properties.Count == 0)
            {
                cs.Append(" = new();\n\n");
                continue;
            }

            cs.Append(" = new PropertyTable<").Append(name).Append("Properties>()");
            if (type.Compositions.Count > 0)
            {
                cs.Append("\n        .").Append(string.Join(".", type.Compositions.Select(c => "Add" + CompositionName(DiplomaticContentModel.DocumentType(c)) + "()")));
            }

            foreach (var property in type.Properties)
            {
                cs.Append("\n        ").Append(AddReader(property));
            }

            cs.Append(";\n\n");
        }

        cs.Append("    // The compositions' properties, first as Umbraco prints them.\n");
        var first = true;
        foreach (var composition in Compositions)
        {
            if (!first)
            {
                cs.Append('\n');
            }

            first = false;
            cs.Append("    private static PropertyTable<TProperties> Add").Append(CompositionName(composition)).Append("<TProperties>(this PropertyTable<TProperties> table)\n");
            cs.Append("        where TProperties : ").Append(InterfaceName(composition)).Append(" => table");
            foreach (var property in composition.Properties)
            {
                cs.Append("\n        ").Append(AddReader(property));
            }

            cs.Append(";\n");
        }

        cs.Append("}\n");
        return cs.ToString();
    }

    private static string AddReader(PropertyDefinition property)
    {
        var name = Pascal(property.Alias);
        var (read, usesOptions) = Reader(property);
        return $".Add(P.{name}, (p, ref r, {(usesOptions ? "o" : "_")}) => p.{name} = {read})";
    }

    // The C# type of each property's Delivery API shape (PropertyEditors in the model, which the TypeScript contract names too).
    private static string ClrType(PropertyDefinition property) => Shape(property).ClrType;

    private static (string Read, bool UsesOptions) Reader(PropertyDefinition property)
    {
        var shape = Shape(property);
        return shape.Kind switch
        {
            ValueKind.Text => (PooledTexts.Contains(property.Alias) ? "StringPool.Read(ref r)" : "Text(ref r)", false),
            ValueKind.PooledText => ("StringPool.Read(ref r)", false),
            ValueKind.TextList => ("PooledList(ref r)", false),
            ValueKind.Date => ("Date(ref r)", false),
            ValueKind.Flag => ("Flag(ref r)", false),
            ValueKind.Integer => ("r.TokenType == JsonTokenType.Null ? null : r.GetInt32()", false),
            ValueKind.Decimal => ("r.TokenType == JsonTokenType.Null ? null : r.GetDecimal()", false),
            ValueKind.Items => ($"Items<{shape.ItemType}>(ref r, o)", true),
            _ => ($"Nested<{shape.ClrType.TrimEnd('?')}>(ref r, o)", true),
        };
    }

    private enum ValueKind
    {
        Text,
        PooledText, // a choice from a list: few distinct values, pooled
        TextList,
        Date,
        Flag,
        Integer,
        Decimal,
        Items,
        Nested, // media, links and rich text: read by System.Text.Json's metadata
    }

    private static (ValueKind Kind, string ClrType, string? ItemType) Shape(PropertyDefinition property)
    {
        var shape = PropertyEditors.DeliveryShapeOf(property);
        return shape.Shape switch
        {
            DeliveryShape.Text => (ValueKind.Text, "string?", null),
            DeliveryShape.Choice => (ValueKind.PooledText, "string?", null),
            DeliveryShape.TextList => (ValueKind.TextList, "IReadOnlyList<string>?", null),
            DeliveryShape.RichText => (ValueKind.Nested, "RichText?", null),
            DeliveryShape.MediaList => (ValueKind.Nested, "IReadOnlyList<DeliveryMedia>?", null),
            DeliveryShape.LinkList => (ValueKind.Nested, "IReadOnlyList<DeliveryLink>?", null),
            DeliveryShape.Date => (ValueKind.Date, "DateTime?", null),
            DeliveryShape.Decimal => (ValueKind.Decimal, "decimal?", null),
            DeliveryShape.Integer => (ValueKind.Integer, "int?", null),
            DeliveryShape.Flag => (ValueKind.Flag, "bool", null), // unset reads as false, as the non-nullable model says
            DeliveryShape.Items when (shape.Picked is { } picked ? Pascal(picked.Alias) : "DeliveryContent") is var item => (ValueKind.Items, $"IReadOnlyList<{item}>?", item),
            _ => throw new InvalidOperationException($"No C# client type for the shape {shape.Shape} of property '{property.Alias}'."),
        };
    }

    // Each property alias and the model constant that holds it (PropertyAliases.Type.Name), in declaration order;
    // an alias two types share (relatedArticles) is the first type's constant.
    private static IReadOnlyDictionary<string, (string Name, string Constant)> ModelPropertyConstants()
    {
        var constants = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var nested in typeof(PropertyAliases).GetNestedTypes().OrderBy(t => t.MetadataToken))
        {
            foreach (var field in nested.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).OrderBy(f => f.MetadataToken))
            {
                constants.TryAdd((string)field.GetRawConstantValue()!, (field.Name, $"PropertyAliases.{nested.Name}.{field.Name}"));
            }
        }

        foreach (var property in DiplomaticContentModel.DocumentTypes.SelectMany(t => t.Properties))
        {
            if (!constants.TryGetValue(property.Alias, out var constant) || constant.Item1 != Pascal(property.Alias))
            {
                throw new InvalidOperationException($"Property '{property.Alias}' needs a constant named {Pascal(property.Alias)} in {nameof(PropertyAliases)}.");
            }
        }

        return constants;
    }

    private static string CompositionName(DocumentTypeDefinition composition) =>
        Pascal(composition.Alias.StartsWith("diplomatic", StringComparison.Ordinal) ? composition.Alias["diplomatic".Length..] : composition.Alias);

    private static string InterfaceName(DocumentTypeDefinition composition) => "I" + CompositionName(composition) + "Properties";

    // The summary of one type's property: "type.alias" first (an alias two types share), then the alias, then the rule.
    private static string PropertySummary(DocumentTypeDefinition type, PropertyDefinition property) =>
        PropertySummaries.GetValueOrDefault(type.Alias + "." + property.Alias)
        ?? PropertySummaries.GetValueOrDefault(property.Alias)
        ?? $"The {LowerFirst(property.Name)}.";

    // "Cover image" → "cover image"; an acronym such as "PDF edition" keeps its capitals.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Pascal(string alias) => char.ToUpperInvariant(alias[0]) + alias[1..];

    private static void Summary(StringBuilder cs, string indent, string summary)
    {
        if (!summary.Contains('\n', StringComparison.Ordinal))
        {
            cs.Append(indent).Append("/// <summary>").Append(summary).Append("</summary>\n");
            return;
        }

        cs.Append(indent).Append("/// <summary>\n");
        foreach (var line in summary.Split('\n'))
        {
            cs.Append(indent).Append("/// ").Append(line).Append('\n');
        }

        cs.Append(indent).Append("/// </summary>\n");
    }

    private static StringBuilder Header(IEnumerable<string> usings, string ns, bool properties = false, bool types = false)
    {
        var cs = new StringBuilder();
        cs.Append("// <auto-generated>\n");
        cs.Append("// Generated by `").Append(Projections.Command).Append("` from the Diplomatic content model\n");
        cs.Append("// (src/Diplomatic.Umbraco.ContentModel/ContentModel). Do not edit: change the model and run the command again.\n");
        cs.Append("// </auto-generated>\n\n");
        cs.Append("#nullable enable\n\n"); // generated code is nullable-oblivious unless it says otherwise
        foreach (var u in usings)
        {
            cs.Append("using ").Append(u).Append(";\n");
        }

        if (properties)
        {
            cs.Append("using P = Diplomatic.Umbraco.Delivery.DeliveryAliases.Properties;\n");
        }

        if (types)
        {
            cs.Append("using T = Diplomatic.Umbraco.Delivery.DeliveryAliases.ContentTypes;\n");
        }

        cs.Append("\nnamespace ").Append(ns).Append(";\n\n");
        return cs;
    }

    // What the model does not say. A property or type missing here gets the rule's text ("The {name}.").

    private static readonly Dictionary<string, string> ContentTypeSummaries = new(StringComparer.Ordinal)
    {
        [DocumentTypeAliases.Magazine] = "The magazine: the site root.",
        [DocumentTypeAliases.Booklet] = "A bilateral-relations booklet.",
        [DocumentTypeAliases.Article] = "An article.",
        [DocumentTypeAliases.FactBox] = "A fact box.",
        [DocumentTypeAliases.Event] = "An event on a timeline.",
        [DocumentTypeAliases.Author] = "An author.",
        [DocumentTypeAliases.Authors] = "The folder of authors.",
    };

    private static readonly Dictionary<string, string> PropertiesClassSummaries = new(StringComparer.Ordinal)
    {
        [DocumentTypeAliases.Magazine] = "The magazine's properties.",
        [DocumentTypeAliases.Booklet] = "A booklet's properties.",
        [DocumentTypeAliases.Article] = "An article's properties.",
        [DocumentTypeAliases.FactBox] = "A fact box's properties.",
        [DocumentTypeAliases.Event] = "An event's properties.",
        [DocumentTypeAliases.Author] = "An author's properties.",
        [DocumentTypeAliases.Authors] = "The authors folder has no properties of its own.",
    };

    private static readonly Dictionary<string, string> CompositionSummaries = new(StringComparer.Ordinal)
    {
        [DocumentTypeAliases.Bilateral] = """
            The properties of the <c>diplomaticBilateral</c> composition: which countries and topics an item is about. Booklets,
            articles, fact boxes and events have them, so a front end can list or link any of them by country alike.
            """,
        [DocumentTypeAliases.Publishing] = "The properties of the <c>diplomaticPublishing</c> composition: the readers' publish date and the authors.",
        [DocumentTypeAliases.Seo] = """
            The properties of the <c>diplomaticSeo</c> composition: what search engines and social cards are told. One
            rendering of the page head serves every type that has it.
            """,
    };

    // On a properties class a composition's property may say whose it is ("SEO: the title for search engines.").
    private static readonly Dictionary<string, string> CompositionPropertyPrefixes = new(StringComparer.Ordinal)
    {
        [DocumentTypeAliases.Seo] = "SEO: ",
    };

    private static readonly Dictionary<string, string> PropertySummaries = new(StringComparer.Ordinal)
    {
        [PropertyAliases.Magazine.About] = "About the magazine.",
        [PropertyAliases.Booklet.Publishers] = "The publishing organisations.",
        [PropertyAliases.Booklet.Isbn] = "The ISBN of this culture's edition.",
        [PropertyAliases.Booklet.Manuscript] = "The uploaded manuscript's URL.",
        [PropertyAliases.Article.ReadingTime] = "Reading time in minutes, computed on save.",
        [PropertyAliases.Article.FactBoxes] = "The fact boxes; with properties only when expanded.",
        [PropertyAliases.Article.RelatedArticles] = "Related articles; with properties only when expanded.",
        [DocumentTypeAliases.Event + "." + PropertyAliases.Event.RelatedArticles] = "Related articles.",
        [PropertyAliases.FactBox.Unit] = "The figure's unit.",
        [PropertyAliases.FactBox.AsOfDate] = "The date the figure holds for.",
        [PropertyAliases.FactBox.Source] = "The source's name.",
        [PropertyAliases.FactBox.SourceLink] = "A link to the source (at most one).",
        [PropertyAliases.Event.StartDate] = "The start date (the first day of the year or month when the precision is coarser).",
        [PropertyAliases.Event.DatePrecision] = "The stored precision label: <c>Day</c>, <c>Month</c> or <c>Year</c>; empty means day.",
        [PropertyAliases.Event.EventType] = "The stored event-type label, e.g. <c>State visit</c>.",
        [PropertyAliases.Event.Location] = "Where it took place.",
        [PropertyAliases.Event.HostCountry] = "The host country (English short name).",
        [PropertyAliases.Event.Participants] = "Who took part.",
        [PropertyAliases.Event.Summary] = "A one-paragraph summary.",
        [PropertyAliases.Event.Description] = "The full description.",
        [PropertyAliases.Author.Biography] = "A short biography.",
        [PropertyAliases.Author.Photo] = "A photo.",
        [PropertyAliases.Bilateral.Countries] = "The countries (English short names).",
        [PropertyAliases.Publishing.PublishDate] = "The publish date readers see (no offset).",
        [PropertyAliases.Publishing.Authors] = "The authors; only names and routes unless expanded.",
        [PropertyAliases.Seo.MetaTitle] = "The title for search engines.",
        [PropertyAliases.Seo.MetaDescription] = "The description for search engines.",
        [PropertyAliases.Seo.SocialImage] = "The social card image.",
        [PropertyAliases.Seo.NoIndex] = "Hide from search engines.",
    };

    // Free texts short and repeated enough across items that the reader pools them (choices from a list always are).
    private static readonly HashSet<string> PooledTexts = new(StringComparer.Ordinal)
    {
        PropertyAliases.FactBox.Unit, PropertyAliases.FactBox.Source, PropertyAliases.Event.Location,
    };
}
