using System.Net.Http.Headers;

namespace Diplomatic.Umbraco.RealSiteBenchmarks.Load;

/// <summary>One Delivery API query of the benchmark; stock ones are answered by Umbraco's own handlers.</summary>
internal sealed record DeliveryQuery(string Name, string Query, bool Stock);

/// <summary>The queries measured at every size, the baseline (stock <c>contentType</c>) first.</summary>
internal static class DeliveryQueries
{
    public const string Baseline = "stock contentType";

    public static IReadOnlyList<DeliveryQuery> For(Guid booklet, Guid article) =>
    [
        new(Baseline, "filter=contentType:article", true),
        new("stock sort=updateDate", "filter=contentType:article&sort=updateDate:desc", true),
        new("stock name:", "filter=name:Article 1", true),
        new("country:", "filter=country:az", false),
        new("country: AND country:", "filter=country:az&filter=country:pk", false),
        new("topic:", "filter=topic:energy", false),
        new("publishDate>", "filter=publishDate>2020-01-01", false),
        new("sort=publishDate", "filter=contentType:article&sort=publishDate:desc", false),
        new("sort=eventDate", "filter=contentType:event&sort=eventDate:asc", false),
        new("related: + exclude:", $"fetch=related:{article}&filter=exclude:{article}", false),
        new("booklet:", $"filter=booklet:{booklet}", false),
    ];

    /// <summary>Sends one query (ten items, the API's default page) and reads the whole answer.</summary>
    public static async Task<bool> SendAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/content?" + query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Length > 0;
    }
}
