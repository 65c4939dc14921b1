using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>
/// Records the Delivery API responses that the client tests, the TypeScript check and the magazine's <c>--demo</c>
/// answer with (<c>samples/Diplomatic.Magazine/Recorded</c>): each request of its <c>manifest.json</c> is sent to a
/// real site holding only the first booklet, with the headers the magazine sends. The two timestamps of each item
/// (the moment the test site was installed) are set to <see cref="RecordedAt"/>, so recordings from two runs compare.
/// </summary>
public static class ResponseRecorder
{
    /// <summary>Set to <c>1</c> to rewrite the recorded files from the real site.</summary>
    public const string RerecordVariable = "DIPLOMATIC_RERECORD";

    /// <summary>The command that re-records.</summary>
    public const string RerecordCommand = RerecordVariable + "=1 dotnet test src/Diplomatic.Umbraco.IntegrationTests --filter FullyQualifiedName~RecordedResponsesTests";

    /// <summary>The timestamp every recorded item carries.</summary>
    public const string RecordedAt = "2026-11-27T09:00:00Z";

    /// <summary>The start item the magazine names (the magazine root's segment).</summary>
    public const string StartItem = "the-diplomatic-insight";

    /// <summary>The culture the magazine asks for by default.</summary>
    public const string Culture = "en-US";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The committed folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Magazine", "Recorded");

    /// <summary>The requests of the manifest: path, decoded query pairs in order, and the file that records the answer.</summary>
    public static IReadOnlyList<(string Path, IReadOnlyList<(string Name, string Value)> Query, string File)> Manifest()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;
        return manifest["responses"]!.AsArray()
            .Select(r => (
                r!["path"]!.GetValue<string>(),
                (IReadOnlyList<(string, string)>)r["query"]!.AsArray().Select(q => (q![0]!.GetValue<string>(), q[1]!.GetValue<string>())).ToList(),
                r["file"]!.GetValue<string>()))
            .ToList();
    }

    /// <summary>Sends every request of the manifest to the site; file name → the response as it is committed.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RecordAsync(UmbracoSite site)
    {
        var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, query, file) in Manifest())
        {
            var uri = path + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value))));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Add("Start-Item", StartItem);
            request.Headers.Add("Accept-Language", Culture);
            using var response = await site.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{file}: {uri} answered {(int)response.StatusCode}: {body}");
            }

            recorded[file] = Committed(JsonNode.Parse(body)!);
        }

        return recorded;
    }

    /// <summary>A response as it is committed: timestamps fixed, indented, LF line endings.</summary>
    public static string Committed(JsonNode response)
    {
        var json = response.DeepClone();
        FixTimestamps(json);
        return json.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void FixTimestamps(JsonNode node)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var name in new[] { "createDate", "updateDate" })
                {
                    if (item[name] is JsonValue value && value.TryGetValue<string>(out var text)
                        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                    {
                        item[name] = RecordedAt;
                    }
                }

                foreach (var (_, child) in item.ToList())
                {
                    if (child is not null)
                    {
                        FixTimestamps(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        FixTimestamps(child);
                    }
                }

                break;
        }
    }
}
