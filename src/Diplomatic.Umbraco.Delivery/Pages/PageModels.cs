using Diplomatic.Umbraco.Delivery.Models;

namespace Diplomatic.Umbraco.Delivery.Pages;

/// <summary>A booklet with its parts, as the booklet page shows them.</summary>
/// <param name="Booklet">The booklet.</param>
/// <param name="Articles">Its articles, in the editors' order, fact boxes and authors expanded.</param>
/// <param name="FactBoxes">Its fact boxes, in the editors' order.</param>
/// <param name="Timeline">Its events, by date.</param>
public sealed record BookletPage(Booklet Booklet, IReadOnlyList<Article> Articles, IReadOnlyList<FactBox> FactBoxes, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>An article with what goes around it.</summary>
/// <param name="Article">The article.</param>
/// <param name="FactBoxes">Its fact boxes, expanded.</param>
/// <param name="Related">
/// Related items: the picked related articles first, then the <c>related:</c> selector's items; no repeats, and
/// nothing the page shows already (the article, its fact boxes, its booklet).
/// </param>
public sealed record ArticlePage(Article Article, IReadOnlyList<FactBox> FactBoxes, IReadOnlyList<DeliveryContent> Related)
{
    /// <summary>The booklet the article belongs to, or null when it is not in one (or the booklet is not published).</summary>
    public Booklet? Booklet { get; init; }

    /// <summary>Words read per minute for <see cref="ReadingTimeMinutes"/> when the CMS did not compute it.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>The reading time in minutes: the CMS's value, or the body's words at <see cref="WordsPerMinute"/> (at least 1).</summary>
    public int ReadingTimeMinutes => Article.Properties.ReadingTime is > 0 and var minutes
        ? minutes
        : Math.Max(1, (int)Math.Ceiling(CountWords(Article.Properties.Body?.ToPlainText()) / (double)WordsPerMinute));

    private static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
