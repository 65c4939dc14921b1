using System.Globalization;
using System.Text.Json;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>
/// What the tests expect of the recorded responses, read from the shipped booklet's tree (not from the JSON), so a
/// generator that drops or reorders something is caught.
/// </summary>
internal static class FirstBooklet
{
    public const string Slug = "azerbaijan-pakistan-relations";

    public static ContentNode Tree { get; } = RecordedResponses.ReadTree();

    public static ContentNode Booklet => Tree.Children.Single(c => c.ContentTypeAlias == T.Booklet);

    public static ContentNode Article => Booklet.Children.Single(c => c.ContentTypeAlias == T.Article);

    public static IReadOnlyList<ContentNode> FactBoxes => [.. Booklet.Children.Where(c => c.ContentTypeAlias == T.FactBox)];

    public static IReadOnlyList<ContentNode> Events => [.. Booklet.Children.Where(c => c.ContentTypeAlias == T.Event)];

    /// <summary>The article's route path: the URL segments of booklet and article below the start item.</summary>
    public static string ArticlePath => "/" + Slug + "/" + Slugs.From(Name(Article)) + "/";

    public static string Name(ContentNode node) => node.Names["en-US"];

    public static string? Value(ContentNode node, string alias) => node.Values.FirstOrDefault(v => v.Alias == alias)?.Value;

    public static DateTime StartDate(ContentNode item) => DateTime.Parse(Value(item, P.Event.StartDate)!, CultureInfo.InvariantCulture);

    /// <summary>The events as the timeline must show them: by start date, then by name on the same date.</summary>
    public static IReadOnlyList<ContentNode> EventsByDate => [.. Events.OrderBy(StartDate).ThenBy(Name, StringComparer.Ordinal)];

    /// <summary>The article's picked fact boxes, in picking order.</summary>
    public static IReadOnlyList<string> ArticleFactBoxNames =>
        [.. Value(Article, P.Article.FactBoxes)!.Split(',').Select(u => Guid.ParseExact(u["umb://document/".Length..], "N"))
            .Select(k => Name(FactBoxes.Single(f => f.Key == k)))];

    public static int ReadingTime => int.Parse(Value(Article, P.Article.ReadingTime)!, CultureInfo.InvariantCulture);

    public static string[] Strings(ContentNode node, string alias) => JsonSerializer.Deserialize<string[]>(Value(node, alias) ?? "[]")!;
}
