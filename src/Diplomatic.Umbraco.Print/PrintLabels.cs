namespace Diplomatic.Umbraco.Print;

/// <summary>The print edition's own words (the content is the CMS's): English, and Urdu for Urdu editions.</summary>
internal sealed record PrintLabels(
    string Contents,
    string Introduction,
    string Facts,
    string Timeline,
    string PublishedBy,
    string Published,
    string By,
    string Source,
    string And,
    string AllRightsReserved)
{
    public static readonly PrintLabels English = new("Contents", "Introduction", "Facts", "Timeline", "Published by", "Published", "By", "Source:", " and ", "All rights reserved.");

    public static readonly PrintLabels Urdu = new("فہرست", "تعارف", "حقائق", "اہم واقعات", "ناشر:", "تاریخِ اشاعت:", "تحریر:", "ماخذ:", " اور ", "جملہ حقوق محفوظ ہیں۔");

    /// <summary>The labels for a culture: Urdu for <c>ur</c>, English otherwise.</summary>
    public static PrintLabels For(string culture) =>
        culture.Split('-')[0].Equals("ur", StringComparison.OrdinalIgnoreCase) ? Urdu : English;
}
