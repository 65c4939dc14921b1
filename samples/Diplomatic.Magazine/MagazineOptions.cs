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

    /// <summary>"Save and preview" from the CMS (section <c>Magazine:Preview</c>).</summary>
    public MagazinePreviewOptions Preview { get; set; } = new();
}

/// <summary>The preview route's settings (<c>/preview/{key}?culture=&amp;token=</c>).</summary>
public sealed class MagazinePreviewOptions
{
    /// <summary>
    /// The secret shared with the CMS that signs preview links (at least
    /// <see cref="Umbraco.ContentModel.Preview.PreviewToken.MinimumSecretLength"/> characters). Unset, the preview route
    /// answers 404. Set, the Delivery client needs its API key (<c>Diplomatic:DeliveryClient:ApiKey</c>) to fetch drafts.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>Whether the preview route is on.</summary>
    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);
}
