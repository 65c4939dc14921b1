namespace Diplomatic.Magazine;

/// <summary>The sample magazine's settings (section <c>Magazine</c>).</summary>
public sealed class MagazineOptions
{
    public const string SectionName = "Magazine";

    /// <summary>The name in the header.</summary>
    public string SiteName { get; set; } = "The Diplomatic Insight";

    /// <summary>The cultures readers may pick with <c>?culture=</c>; the first is the default.</summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>The events page's default first day.</summary>
    public DateOnly TimelineFrom { get; set; } = new(1990, 1, 1);

    /// <summary>The events page's default last day.</summary>
    public DateOnly TimelineTo { get; set; } = new(DateTime.UtcNow.Year, 12, 31);
}
