using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Tests.Delivery;
using Microsoft.AspNetCore.Http;

namespace Diplomatic.Umbraco.Tests.Magazine;

/// <summary>
/// Drafts over the recorded responses: with <see cref="Use"/>, the fake Delivery API also answers what a preview
/// needs and the recordings (made for published pages) lack, an item by its key and <c>fetch=ancestors:</c>, from
/// the items the recordings hold; and every single item read with <c>Preview: true</c> is named
/// <see cref="Marker"/> + its name, so a page shows whether it was rendered from the draft.
/// </summary>
internal static class RecordedDrafts
{
    public const string Marker = "[Draft] ";

    private const string ItemRoot = "/umbraco/delivery/api/v2/content/item/";
    private const string QueryRoot = "/umbraco/delivery/api/v2/content";

    private static readonly Lazy<IReadOnlyDictionary<Guid, JsonObject>> Items = new(Load);

    public static void Use(RecordedDeliveryApi api)
    {
        api.Handler = HandleAsync;
        api.Rewrite = (request, body) => IsPreview(request) && request.Path.StartsWith(ItemRoot, StringComparison.Ordinal) ? Draft(body) : body;
    }

    public static void Clear(RecordedDeliveryApi api)
    {
        api.Handler = null;
        api.Rewrite = null;
    }

    /// <summary>Whether the recordings hold an item with this key.</summary>
    public static bool Has(Guid key) => Items.Value.ContainsKey(key);

    private static bool IsPreview(ReceivedRequest request) => request.Header("Preview") == "true";

    private static string Draft(string json)
    {
        var item = JsonNode.Parse(json)!.AsObject();
        item["name"] = Marker + item["name"]!.GetValue<string>();
        return item.ToJsonString();
    }

    private static async Task<bool> HandleAsync(HttpContext context, ReceivedRequest request)
    {
        if (!IsPreview(request))
        {
            return false;
        }

        // By key, plain or with the expansion its page asks for (the single-item recordings hold the expanded form).
        if (request.Path.StartsWith(ItemRoot, StringComparison.Ordinal) && (request.Query.Count == 0 || request.Query is [("expand", _)])
            && Guid.TryParseExact(request.Path[ItemRoot.Length..].TrimEnd('/'), "D", out var key))
        {
            if (!Items.Value.TryGetValue(key, out var item))
            {
                await RecordedDeliveryApi.ProblemAsync(context, 404, "Not found", "No such item.");
                return true;
            }

            await JsonAsync(context, Draft(item.ToJsonString()));
            return true;
        }

        // Exactly the query the magazine sends for a part's booklet; anything else falls through to the recordings.
        if (request.Path == QueryRoot && request.Query is [("fetch", var fetch), ("sort", "level:desc"), ("skip", "0"), ("take", "10")]
            && fetch.StartsWith("ancestors:", StringComparison.Ordinal)
            && Guid.TryParseExact(fetch["ancestors:".Length..], "D", out var child) && Items.Value.TryGetValue(child, out var part))
        {
            var path = RoutePath(part);
            var ancestors = Items.Value.Values
                .Where(i => path.StartsWith(RoutePath(i), StringComparison.Ordinal) && RoutePath(i) != path)
                .OrderByDescending(i => RoutePath(i).Length)
                .Select(i => i.DeepClone())
                .ToArray();
            await JsonAsync(context, new JsonObject { ["total"] = ancestors.Length, ["items"] = new JsonArray(ancestors) }.ToJsonString());
            return true;
        }

        return false;
    }

    private static Task JsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json);
    }

    private static string RoutePath(JsonObject item) => item["route"]!["path"]!.GetValue<string>();

    // Every item in the recordings, by key; the single-item files first, so an item is kept as its own page read it.
    private static IReadOnlyDictionary<Guid, JsonObject> Load()
    {
        var items = new Dictionary<Guid, JsonObject>();
        string[] files = ["magazine.json", "booklet.json", "article.json", "booklet-children.json", "article-related.json", "article-booklet.json", "latest-booklets.json", "latest-articles.json", "events-timeline.json", "facts-energy.json"];
        foreach (var file in files)
        {
            Collect(JsonNode.Parse(RecordedDeliveryApi.ReadRecorded(file))!, items);
        }

        return items;
    }

    private static void Collect(JsonNode node, Dictionary<Guid, JsonObject> items)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["contentType"] is JsonValue && o["route"] is JsonObject && o["id"]?.GetValueKind() == JsonValueKind.String)
                {
                    items.TryAdd(Guid.Parse(o["id"]!.GetValue<string>()), o);
                }

                foreach (var (_, value) in o)
                {
                    if (value is not null)
                    {
                        Collect(value, items);
                    }
                }

                break;
            case JsonArray a:
                foreach (var value in a)
                {
                    if (value is not null)
                    {
                        Collect(value, items);
                    }
                }

                break;
        }
    }
}
