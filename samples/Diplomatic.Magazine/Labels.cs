namespace Diplomatic.Magazine;

/// <summary>
/// The magazine's own words (headings, bylines, notices) in every language it serves. Content comes from the CMS in
/// whatever language it was written; these are only the frame around it. A language without an entry reads English.
/// </summary>
internal static class Labels
{
    /// <summary>The English texts, which define the keys; every other language must have the same keys (a test checks).</summary>
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["booklets"] = "Booklets",
        ["latestArticles"] = "Latest articles",
        ["articles"] = "Articles",
        ["facts"] = "Facts",
        ["timeline"] = "Timeline",
        ["events"] = "Events",
        ["related"] = "Related",
        ["by"] = "By",
        ["minutesRead"] = "{0} min read",
        ["publishedBy"] = "Published by {0}",
        ["and"] = " and ",
        ["source"] = "Source:",
        ["fromBooklet"] = "From the booklet",
        ["notTranslated"] = "Not yet available in English: shown in the language it was written in.",
        ["notFoundTitle"] = "Not found",
        ["notFoundText"] = "There is no such page in the magazine.",
        ["unavailableTitle"] = "The magazine is unavailable",
        ["unavailableText"] = "The content service did not answer. Please try again shortly.",
        ["errorTitle"] = "Something went wrong",
        ["errorText"] = "Please try again shortly.",
        ["badRangeTitle"] = "Not a date range",
    };

    /// <summary>The texts by language (the two-letter ISO code of the reader's culture).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = English,
            ["ur"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["booklets"] = "کتابچے",
                ["latestArticles"] = "تازہ ترین مضامین",
                ["articles"] = "مضامین",
                ["facts"] = "حقائق",
                ["timeline"] = "تاریخ وار واقعات",
                ["events"] = "واقعات",
                ["related"] = "متعلقہ",
                ["by"] = "از",
                ["minutesRead"] = "{0} منٹ کا مطالعہ",
                ["publishedBy"] = "ناشر: {0}",
                ["and"] = " اور ",
                ["source"] = "ماخذ:",
                ["fromBooklet"] = "کتابچہ",
                ["notTranslated"] = "یہ مواد ابھی اردو میں دستیاب نہیں؛ اپنی اصل زبان میں دکھایا گیا ہے۔",
                ["notFoundTitle"] = "صفحہ نہیں ملا",
                ["notFoundText"] = "میگزین میں ایسا کوئی صفحہ نہیں ہے۔",
                ["unavailableTitle"] = "میگزین دستیاب نہیں",
                ["unavailableText"] = "مواد کی سروس نے جواب نہیں دیا۔ براہِ کرم کچھ دیر بعد دوبارہ کوشش کریں۔",
                ["errorTitle"] = "کچھ غلط ہو گیا",
                ["errorText"] = "براہِ کرم کچھ دیر بعد دوبارہ کوشش کریں۔",
                ["badRangeTitle"] = "تاریخوں کی حد درست نہیں",
            },
            ["az"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["booklets"] = "Kitabçalar",
                ["latestArticles"] = "Son məqalələr",
                ["articles"] = "Məqalələr",
                ["facts"] = "Faktlar",
                ["timeline"] = "Xronologiya",
                ["events"] = "Hadisələr",
                ["related"] = "Əlaqəli",
                ["by"] = "Müəllif:",
                ["minutesRead"] = "{0} dəqiqəlik oxu",
                ["publishedBy"] = "Nəşr edən: {0}",
                ["and"] = " və ",
                ["source"] = "Mənbə:",
                ["fromBooklet"] = "Kitabça",
                ["notTranslated"] = "Bu məzmun hələ Azərbaycan dilində yoxdur: yazıldığı dildə göstərilir.",
                ["notFoundTitle"] = "Tapılmadı",
                ["notFoundText"] = "Jurnalda belə səhifə yoxdur.",
                ["unavailableTitle"] = "Jurnal əlçatan deyil",
                ["unavailableText"] = "Məzmun xidməti cavab vermədi. Bir azdan yenidən cəhd edin.",
                ["errorTitle"] = "Xəta baş verdi",
                ["errorText"] = "Bir azdan yenidən cəhd edin.",
                ["badRangeTitle"] = "Tarix aralığı düzgün deyil",
            },
        };

    /// <summary>The texts for a culture name such as <c>ur-PK</c> or <c>az-Latn-AZ</c>; English when the language has none.</summary>
    public static IReadOnlyDictionary<string, string> For(string culture) =>
        ByLanguage.TryGetValue(culture.Split('-')[0], out var texts) ? texts : English;
}
