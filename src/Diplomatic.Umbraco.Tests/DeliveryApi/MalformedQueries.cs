using Diplomatic.Umbraco.DeliveryApi.Querying;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

/// <summary>
/// Malformed values of the plugin's queries: each must be refused (a 400 from the real Delivery API, never a 500 or an
/// empty 200). One table for the handler unit tests and the integration tests on a real Umbraco (linked there).
/// </summary>
public static class MalformedQueries
{
    private const string Author = "7c630f15-8d93-4980-a0fc-027314dc827a";

    /// <summary>Malformed <c>filter=</c> values.</summary>
    public static readonly string[] Filters =
    [
        "country:", "country: ", "country:!", "country:az,", "country:,az", "country:az,,pk", "country:atlantis",
        "country:az,xx", "country:!!az", "country:a z", "country:" + string.Join(',', Enumerable.Repeat("az", QueryParser.MaxValues + 1)),
        "topic:", "topic:!", "topic:energy,", "topic: ,trade",
        "author:", "author:not-a-guid", "author:00000000-0000-0000-0000-000000000000", $"author:{Author},x", $"author:{Author}0",
        "booklet:", "booklet:1234", "booklet:!",
        "eventType:", "eventType:party", "eventType:stateVisit,", "eventType:state_visit",
        "publishDate>", "publishDate>:", "publishDate>2024-13-01", "publishDate>2024-02-30", "publishDate>2024-1-1",
        "publishDate>01/01/2024", "publishDate>2024-01-01T00:00:00", "publishDate:2024-01-01", "publishDate=2024-01-01",
        "publishDate>>2024-01-01", "publishDate>2024-01-01,2025-01-01", "publishDate> 2024-01-01", "publishDate>yesterday",
        "publishDate", "publishDate:desc",
        "eventDate<", "eventDate<notadate", "eventDate<:2000-00-01", "eventDate!2000-01-01", "eventDate:1992",
        "exclude:", "exclude:nope", $"exclude:!{Author}",
    ];

    /// <summary>Malformed <c>sort=</c> values of the plugin's sorts.</summary>
    public static readonly string[] Sorts =
    [
        "publishDate:sideways", "publishDate:", "publishDate", "publishDate:ascending", "publishDate: asc", "eventDate:up", "eventDate>2024-01-01",
    ];

    /// <summary>Malformed <c>fetch=related:</c> values.</summary>
    public static readonly string[] Selectors = ["related:", "related:not-a-guid", "related:00000000-0000-0000-0000-000000000000"];
}
