using System.Globalization;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models.ContentEditing;

namespace Diplomatic.Umbraco.Installation;

/// <summary>
/// An existing item's names and values in the editor's form, read by <see cref="ContentSnapshotReader"/>: compared
/// with what a node would write, merged into an update, and written back when an install is rolled back.
/// </summary>
/// <param name="Key">The item's key.</param>
/// <param name="Names">The item's names (one per culture, or one without a culture).</param>
/// <param name="Values">The item's values, read-only ones left out.</param>
/// <param name="PublishedCultures">The cultures the item is published in (<see cref="ContentInstaller.InvariantCulture"/> for a published invariant item).</param>
/// <param name="Edited">Whether the item had unpublished changes.</param>
/// <param name="ReadOnly">The aliases of the read-only properties (labels).</param>
internal sealed record ContentSnapshot(
    Guid Key,
    IReadOnlyList<VariantModel> Names,
    IReadOnlyList<PropertyValueModel> Values,
    IReadOnlyList<string> PublishedCultures,
    bool Edited,
    IReadOnlySet<string> ReadOnly)
{
    /// <summary>Whether the item already has these names and values (compared in canonical JSON; an absent value is an empty one).</summary>
    public bool Holds(IReadOnlyList<VariantModel> names, IReadOnlyList<PropertyValueModel> values) =>
        names.All(n => Names.Any(e => string.Equals(e.Culture, n.Culture, StringComparison.OrdinalIgnoreCase) && e.Name == n.Name))
        && values.Where(v => !ReadOnly.Contains(v.Alias)).All(v =>
        {
            var current = Values.FirstOrDefault(e =>
                string.Equals(e.Alias, v.Alias, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Culture, v.Culture, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Segment, v.Segment, StringComparison.OrdinalIgnoreCase));
            return Comparable(current?.Value) == Comparable(EditorValues.Normalise(v.Value));
        });

    /// <summary>
    /// A value in canonical JSON with the differences between what an editor sends and what Umbraco gives back for
    /// the same value evened out: rich text without blocks (null or empty), dates with a space or a <c>T</c>.
    /// </summary>
    private static string Comparable(object? value)
    {
        static JsonNode? Even(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var noBlocks = obj[StoredValues.RichTextBlocks] is null
                        || (obj[StoredValues.RichTextBlocks] is JsonObject blocks && blocks.All(b => b.Value is JsonArray { Count: 0 } or JsonObject { Count: 0 }));
                    if (obj.ContainsKey(StoredValues.RichTextMarkup) && noBlocks)
                    {
                        obj.Remove(StoredValues.RichTextBlocks);
                    }

                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        obj[key] = Even(obj[key]?.DeepClone());
                    }

                    return obj;
                case JsonArray array:
                    return new JsonArray([.. array.Select(a => Even(a?.DeepClone()))]);
                case JsonValue text when text.TryGetValue<string>(out var s) && s.Length == 19 && s[10] == ' '
                    && DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    return JsonValue.Create(s.Replace(' ', 'T'));
                default:
                    return node;
            }
        }

        return CanonicalJson.Of(Even(CanonicalJson.ToNode(value)?.DeepClone()));
    }

    /// <summary>The node's names, plus the item's names in the cultures the node does not name.</summary>
    public List<VariantModel> MergeNames(IReadOnlyList<VariantModel> names) =>
        names.Concat(Names.Where(e => names.All(n => !string.Equals(n.Culture, e.Culture, StringComparison.OrdinalIgnoreCase)))).ToList();

    /// <summary>The node's values, plus every existing value the node does not set (an update removes what it leaves out).</summary>
    public List<PropertyValueModel> MergeValues(IReadOnlyList<PropertyValueModel> values) =>
        values.Concat(Values.Where(e => values.All(v =>
                !string.Equals(v.Alias, e.Alias, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(v.Culture, e.Culture, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(v.Segment, e.Segment, StringComparison.OrdinalIgnoreCase))))
            .ToList();
}
