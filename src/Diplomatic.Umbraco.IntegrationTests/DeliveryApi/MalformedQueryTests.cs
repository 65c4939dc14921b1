using System.Net;
using System.Text.Json.Nodes;
using Diplomatic.Umbraco.IntegrationTests.Support;
using Diplomatic.Umbraco.Tests.DeliveryApi;

namespace Diplomatic.Umbraco.IntegrationTests.DeliveryApi;

/// <summary>Every malformed case of the handlers' unit tables, on the real Delivery API: 400 with problem details.</summary>
[Collection(InstalledSiteCollection.Name)]
public sealed class MalformedQueryTests
{
    private readonly InstalledSite _site;

    public MalformedQueryTests(InstalledSite site) => _site = site;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var filter in MalformedQueries.Filters)
        {
            cases.Add("filter", filter);
        }

        foreach (var sort in MalformedQueries.Sorts)
        {
            cases.Add("sort", sort);
        }

        foreach (var selector in MalformedQueries.Selectors)
        {
            cases.Add("fetch", selector);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_query_answers_400_with_problem_details(string parameter, string value)
    {
        using var response = await _site.DeliveryAsync($"content?{parameter}={Uri.EscapeDataString(value)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
    }
}
