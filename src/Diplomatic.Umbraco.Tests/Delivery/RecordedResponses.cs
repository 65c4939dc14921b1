using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Importing;
using Diplomatic.Umbraco.Tests.Support;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>
/// Generates the recorded Delivery API responses from the booklet the plugin ships: the manuscript
/// <c>content/booklets/azerbaijan-pakistan-relations.md</c> → <see cref="BookletContentMapper.ToTree"/> (the same
/// <see cref="ContentNode"/> tree <c>uSync/v17/Content</c> is generated from) → the Delivery API v2 JSON Umbraco would
/// print for the magazine's requests. The stored values (as the database and uSync hold them) are converted to their
/// Delivery API output once, in <see cref="WriteValue"/>. The files live in <c>samples/Diplomatic.Magazine/Recorded</c>
/// so the sample's demo mode ships them; <see cref="RecordedResponsesDriftTests"/> keeps them equal to this output.
/// </summary>
internal static class RecordedResponses
{
    /// <summary>Set to 1 to rewrite the committed files instead of comparing them.</summary>
    public const string RegenerateVariable = "DIPLOMATIC_REGENERATE_RECORDED";

    /// <summary>The command that rewrites the files.</summary>
    public const string RegenerateCommand = RegenerateVariable + "=1 dotnet test src/Diplomatic.Umbraco.Tests --filter FullyQualifiedName~RecordedResponsesDriftTests";

    /// <summary>The Delivery API's content endpoint.</summary>
    public const string ContentEndpoint = "/umbraco/delivery/api/v2/content";

    /// <summary>The related-items page size the client asks for.</summary>
    public const int RelatedTake = 6;

    /// <summary>
    /// createDate and updateDate of every item. The tree carries no dates (Umbraco sets them on save), so one fixed
    /// instant stands in for "when the booklet was installed"; it keeps the files stable.
    /// </summary>
    public static readonly DateTime InstalledAt = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Whether picked items (pickers, shallow or expanded) carry <c>cultures</c>. Umbraco prints them as
    /// <c>ApiContent</c>, WITHOUT <c>cultures</c> (the real fixture 01's author picker has none), and the generated
    /// TypeScript types make <c>cultures</c> optional for that reason, so the files follow Umbraco.
    /// <see cref="RecordedResponsesTests"/> checks the files follow this switch.
    /// </summary>
    public const bool PickedItemsCarryCultures = false;

    /// <summary>The countries of the facts query (ISO alpha-2, as the magazine asks for them).</summary>
    private static readonly string[] FactCountries = ["az", "pk"];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder the files are committed in.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Magazine", "Recorded");

    /// <summary>The tree of the shipped first booklet.</summary>
    public static ContentNode ReadTree() =>
        BookletContentMapper.ToTree(new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet));

    /// <summary>Every recorded file (name → text), <c>manifest.json</c> included.</summary>
    public static IReadOnlyDictionary<string, string> Generate() => Generate(ReadTree());

    /// <summary>Every recorded file (name → text) of a tree, <c>manifest.json</c> included.</summary>
    public static IReadOnlyDictionary<string, string> Generate(ContentNode root)
    {
        var site = new Site(root);
        var booklet = site.All.First(n => n.Node.ContentTypeAlias == T.Booklet);
        var article = booklet.Children.First(n => n.Node.ContentTypeAlias == T.Article);
        var articleExpand = new[] { P.Article.FactBoxes, P.Article.RelatedArticles, P.Publishing.Authors };
        var bookletChildrenExpand = articleExpand;
        string[] authorsOnly = [P.Publishing.Authors];
        var timelineFrom = new DateTime(1990, 1, 1);
        var timelineTo = new DateTime(2026, 12, 31);

        var requests = new List<Recorded>
        {
            new("magazine.json", ContentEndpoint, [("filter", "contentType:" + T.Magazine), ("skip", "0"), ("take", "1")],
                w => site.WritePage(w, site.All.Where(n => n.Node.ContentTypeAlias == T.Magazine).ToList(), 0, 1, [])),
            new("booklet.json", ItemPath(booklet), [("expand", Expand(authorsOnly))],
                w => site.WriteItem(w, booklet, authorsOnly, topLevel: true)),
            new("booklet-children.json", ContentEndpoint,
                [("fetch", "children:" + booklet.Node.Key), ("sort", "sortOrder:asc"), ("skip", "0"), ("take", "100"), ("expand", Expand(bookletChildrenExpand))],
                w => site.WritePage(w, booklet.Children, 0, 100, bookletChildrenExpand)),
            new("article.json", ItemPath(article), [("expand", Expand(articleExpand))],
                w => site.WriteItem(w, article, articleExpand, topLevel: true)),
            new("article-related.json", ContentEndpoint,
                [("fetch", "related:" + article.Node.Key), ("filter", "exclude:" + article.Node.Key), ("skip", "0"), ("take", RelatedTake.ToString(CultureInfo.InvariantCulture))],
                w => site.WritePage(w, site.All.Where(n => n != article && IsRelatable(n) && Terms(n).Overlaps(Terms(article))).ToList(), 0, RelatedTake, [])),
            new("latest-articles.json", ContentEndpoint,
                [("filter", "contentType:" + T.Article), ("sort", "publishDate:desc"), ("skip", "0"), ("take", "10"), ("expand", Expand(authorsOnly))],
                w => site.WritePage(w, site.All.Where(n => n.Node.ContentTypeAlias == T.Article).OrderByDescending(n => Date(n, P.Publishing.PublishDate) ?? DateTime.MinValue).ToList(), 0, 10, authorsOnly)),
            new("events-timeline.json", ContentEndpoint,
                [("filter", "contentType:" + T.Event), ("filter", "eventDate>:" + IsoDate(timelineFrom)), ("filter", "eventDate<:" + IsoDate(timelineTo)), ("sort", "eventDate:asc"), ("skip", "0"), ("take", "100")],
                w => site.WritePage(w, site.All.Where(n => n.Node.ContentTypeAlias == T.Event && Date(n, P.Event.StartDate) is { } d && d >= timelineFrom && d <= timelineTo).OrderBy(n => Date(n, P.Event.StartDate)).ToList(), 0, 100, [])),
            new("facts-energy.json", ContentEndpoint,
                [("filter", "contentType:" + T.FactBox), ("filter", "topic:energy"), ("filter", "country:" + string.Join(',', FactCountries)), ("sort", "sortOrder:asc"), ("skip", "0"), ("take", "100")],
                w => site.WritePage(w, site.All.Where(n => n.Node.ContentTypeAlias == T.FactBox && Strings(n, P.Bilateral.Topics).Contains("energy") && Strings(n, P.Bilateral.Countries).Intersect(FactCountries.Select(c => IsoCountries.All.Single(i => i.Alpha2.Equals(c, StringComparison.OrdinalIgnoreCase)).Name)).Any()).ToList(), 0, 100, [])),
        };

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            files[request.File] = Write(request.Body);
        }

        files["manifest.json"] = Write(w => WriteManifest(w, requests));
        return files;
    }

    private static string ItemPath(SiteNode node) => ContentEndpoint + "/item" + node.Path;

    private static string Expand(IEnumerable<string> aliases) => "properties[" + string.Join(',', aliases) + "]";

    private static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsRelatable(SiteNode node) => node.Node.ContentTypeAlias is T.Article or T.FactBox or T.Event;

    private static HashSet<string> Terms(SiteNode node) =>
        [.. Strings(node, P.Bilateral.Countries).Select(c => "country:" + c), .. Strings(node, P.Bilateral.Topics).Select(t => "topic:" + t)];

    private static string[] Strings(SiteNode node, string alias) =>
        node.Stored(alias) is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    private static DateTime? Date(SiteNode node, string alias) =>
        node.Stored(alias) is { } text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None) : null;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteManifest(Utf8JsonWriter w, IEnumerable<Recorded> requests)
    {
        w.WriteStartObject();
        w.WriteString("comment", "GENERATED by src/Diplomatic.Umbraco.Tests/Delivery/RecordedResponses.cs from content/booklets/azerbaijan-pakistan-relations.md; do not edit. Which recorded response answers which request: the fake Delivery APIs answer only these exact paths and query strings (decoded, in this order).");
        w.WriteStartArray("responses");
        foreach (var request in requests)
        {
            w.WriteStartObject();
            w.WriteString("path", request.Path);
            w.WriteStartArray("query");
            foreach (var (name, value) in request.Query)
            {
                w.WriteStartArray();
                w.WriteStringValue(name);
                w.WriteStringValue(value);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteString("file", request.File);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private sealed record Recorded(string File, string Path, IReadOnlyList<(string Name, string Value)> Query, Action<Utf8JsonWriter> Body);

    /// <summary>One item of the tree with what Umbraco's routing would give it.</summary>
    private sealed class SiteNode(ContentNode node, SiteNode? parent, int sortOrder, string culture)
    {
        public ContentNode Node { get; } = node;

        public SiteNode? Parent { get; } = parent;

        public int SortOrder { get; } = sortOrder;

        public List<SiteNode> Children { get; } = [];

        public string Name => Node.Names.TryGetValue(culture, out var name) ? name : Node.Names.Values.First();

        /// <summary>
        /// The route path: the URL segments of the ancestors below the start item and of the item itself. The start
        /// item (the magazine root) is left out of the path, as Umbraco does with its default
        /// <c>HideTopLevelNodeFromPath</c>, and its own path is <c>/</c>.
        /// </summary>
        public string Path => PathIn(culture);

        public string PathIn(string pathCulture)
        {
            var segments = new List<string>();
            for (var n = this; n.Parent is not null; n = n.Parent)
            {
                segments.Insert(0, Slugs.From(n.Node.Names.TryGetValue(pathCulture, out var name) ? name : n.Name));
            }

            return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
        }

        /// <summary>The stored value in the item's culture (or invariant).</summary>
        public string? Stored(string alias) =>
            Node.Values.FirstOrDefault(v => v.Alias == alias && (v.Culture is null || v.Culture == culture))?.Value;
    }

    private sealed class Site
    {
        private readonly Dictionary<Guid, SiteNode> _byKey = [];
        private readonly SiteNode _root;
        private readonly string _culture;

        public Site(ContentNode root)
        {
            _culture = root.Names.Keys.First();
            _root = Add(root, null, 0);
            All = [.. Walk(_root)];
        }

        public List<SiteNode> All { get; }

        public void WritePage(Utf8JsonWriter w, IReadOnlyList<SiteNode> items, int skip, int take, IReadOnlyCollection<string> expand)
        {
            w.WriteStartObject();
            w.WriteNumber("total", items.Count);
            w.WriteStartArray("items");
            foreach (var item in items.Skip(skip).Take(take))
            {
                WriteItem(w, item, expand, topLevel: true);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        /// <summary>
        /// An item: the top level is an <c>ApiContentResponse</c> (with <c>cultures</c>); a picked item is an
        /// <c>ApiContent</c> (no <c>cultures</c>, as the real fixture 01 shows), with <c>properties: {}</c> unless
        /// expanded; an expanded item's own pickers stay shallow.
        /// </summary>
        public void WriteItem(Utf8JsonWriter w, SiteNode item, IReadOnlyCollection<string> expand, bool topLevel, bool withProperties = true)
        {
            w.WriteStartObject();
            w.WriteString("contentType", item.Node.ContentTypeAlias);
            w.WriteString("name", item.Name);
            w.WriteString("createDate", InstalledAt);
            w.WriteString("updateDate", InstalledAt);
            w.WritePropertyName("route");
            WriteRoute(w, item.Path);
            w.WriteString("id", item.Node.Key);
            w.WriteStartObject("properties");
            if (withProperties)
            {
                foreach (var property in DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(item.Node.ContentTypeAlias)))
                {
                    w.WritePropertyName(property.Alias);
                    WriteValue(w, property, item.Stored(property.Alias), topLevel && expand.Contains(property.Alias));
                }
            }

            w.WriteEndObject();
            if (topLevel || PickedItemsCarryCultures)
            {
                w.WriteStartObject("cultures");
                foreach (var culture in item.Node.Names.Keys.Where(c => c.Length > 0).Order(StringComparer.Ordinal))
                {
                    w.WritePropertyName(culture);
                    WriteRoute(w, item.PathIn(culture));
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        /// <summary>
        /// The one place where stored values (database/uSync form) become Delivery API output. Which of these rest on
        /// real fixtures and which on reading Umbraco's value converters is listed in <c>docs/notes/client.md</c>.
        /// </summary>
        private void WriteValue(Utf8JsonWriter w, PropertyDefinition property, string? stored, bool expand)
        {
            var dataType = property.DataType;
            var empty = string.IsNullOrEmpty(stored);
            switch (dataType.EditorAlias)
            {
                case "Umbraco.TextBox" or "Umbraco.TextArea" or "Umbraco.RadioButtonList" or "Umbraco.UploadField":
                    WriteStringOrNull(w, stored);
                    break;
                case "Umbraco.Label" when dataType.Key == BuiltInDataTypes.LabelInteger.Key:
                    if (empty)
                    {
                        w.WriteNullValue();
                    }
                    else
                    {
                        w.WriteNumberValue(int.Parse(stored!, NumberStyles.Integer, CultureInfo.InvariantCulture));
                    }

                    break;
                case "Umbraco.Label":
                    WriteStringOrNull(w, stored);
                    break;
                case "Umbraco.Decimal":
                    if (empty)
                    {
                        w.WriteNullValue();
                    }
                    else
                    {
                        w.WriteNumberValue(decimal.Parse(stored!, NumberStyles.Number, CultureInfo.InvariantCulture));
                    }

                    break;
                case "Umbraco.TrueFalse":
                    w.WriteBooleanValue(stored is "1" or "true" or "True");
                    break;
                case "Umbraco.DateTime":
                    // Stored "2016-05-14T00:00:00"; v17 prints DateTimeKind.Unspecified, so no offset.
                    WriteStringOrNull(w, empty ? null : DateTime.Parse(stored!, CultureInfo.InvariantCulture, DateTimeStyles.None).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                    break;
                case "Umbraco.DropDown.Flexible":
                {
                    var values = empty ? [] : JsonSerializer.Deserialize<string[]>(stored!) ?? [];
                    if (dataType.Configuration.TryGetValue("multiple", out var multiple) && multiple is true)
                    {
                        WriteStrings(w, values);
                    }
                    else
                    {
                        WriteStringOrNull(w, values.FirstOrDefault());
                    }

                    break;
                }

                case "Umbraco.Tags":
                    WriteStrings(w, empty ? [] : JsonSerializer.Deserialize<string[]>(stored!) ?? []);
                    break;
                case "Umbraco.MultipleTextstring":
                    WriteStrings(w, empty ? [] : stored!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "Umbraco.RichText":
                {
                    // Stored {"markup":"…","blocks":null}; printed {markup, blocks: []}; empty is {markup: "", blocks: []}.
                    var markup = empty ? string.Empty : JsonDocument.Parse(stored!).RootElement.GetProperty("markup").GetString() ?? string.Empty;
                    w.WriteStartObject();
                    w.WriteString("markup", markup);
                    w.WriteStartArray("blocks");
                    w.WriteEndArray();
                    w.WriteEndObject();
                    break;
                }

                case "Umbraco.MediaPicker3":
                    if (!empty)
                    {
                        throw new InvalidOperationException($"{property.Alias}: the booklet has media; the generator has no media library to print them from.");
                    }

                    w.WriteStartArray();
                    w.WriteEndArray();
                    break;
                case "Umbraco.MultiUrlPicker":
                    WriteLinks(w, stored);
                    break;
                case "Umbraco.MultiNodeTreePicker":
                    w.WriteStartArray();
                    foreach (var udi in empty ? [] : stored!.Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var key = Guid.ParseExact(udi["umb://document/".Length..], "N");
                        WriteItem(w, _byKey[key], [], topLevel: false, withProperties: expand);
                    }

                    w.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"{property.Alias}: no Delivery API output known for the editor {dataType.EditorAlias}; add it here.");
            }
        }

        private void WriteLinks(Utf8JsonWriter w, string? stored)
        {
            w.WriteStartArray();
            if (!string.IsNullOrEmpty(stored))
            {
                foreach (var link in JsonDocument.Parse(stored).RootElement.EnumerateArray())
                {
                    var type = link.GetProperty("type").GetString();
                    if (type != "external")
                    {
                        throw new InvalidOperationException($"Only external links are generated, not '{type}'.");
                    }

                    // ApiLink.External(title, url, queryString, target).
                    w.WriteStartObject();
                    w.WriteString("url", link.GetProperty("url").GetString());
                    WriteStringOrNull(w, "queryString", link.TryGetProperty("queryString", out var q) ? q.GetString() : null);
                    WriteStringOrNull(w, "title", link.TryGetProperty("name", out var n) ? n.GetString() : null);
                    WriteStringOrNull(w, "target", link.TryGetProperty("target", out var t) ? t.GetString() : null);
                    w.WriteNull("destinationId");
                    w.WriteNull("destinationType");
                    w.WriteNull("route");
                    w.WriteString("linkType", "External");
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
        }

        private void WriteRoute(Utf8JsonWriter w, string path)
        {
            w.WriteStartObject();
            w.WriteString("path", path);
            w.WriteStartObject("startItem");
            w.WriteString("id", _root.Node.Key);
            w.WriteString("path", Slugs.From(_root.Name));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WriteStringOrNull(Utf8JsonWriter w, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStringValue(value);
            }
        }

        private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
        {
            w.WritePropertyName(name);
            WriteStringOrNull(w, value);
        }

        private static void WriteStrings(Utf8JsonWriter w, IEnumerable<string> values)
        {
            w.WriteStartArray();
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }

        private static IEnumerable<SiteNode> Walk(SiteNode node) => node.Children.SelectMany(Walk).Prepend(node);

        private SiteNode Add(ContentNode node, SiteNode? parent, int sortOrder)
        {
            var site = new SiteNode(node, parent, sortOrder, _culture);
            _byKey.Add(node.Key, site);
            for (var i = 0; i < node.Children.Count; i++)
            {
                site.Children.Add(Add(node.Children[i], site, i));
            }

            return site;
        }
    }
}
