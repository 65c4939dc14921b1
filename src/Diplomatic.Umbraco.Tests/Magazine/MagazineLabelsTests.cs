using System.Text.RegularExpressions;
using Diplomatic.Magazine;
using Microsoft.AspNetCore.Http;

namespace Diplomatic.Umbraco.Tests.Magazine;

public sealed partial class MagazineLabelsTests
{
    [Theory]
    [InlineData("ur")]
    [InlineData("az")]
    public void Every_language_has_every_label_with_the_same_placeholders(string language)
    {
        var texts = Labels.ByLanguage[language];

        Assert.Equal(Labels.English.Keys.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, english) in Labels.English)
        {
            Assert.Equal(Placeholder().Matches(english).Select(m => m.Value), Placeholder().Matches(texts[key]).Select(m => m.Value));
            Assert.False(string.IsNullOrWhiteSpace(texts[key]), key);
        }
    }

    [Theory]
    [InlineData("ur-PK", "ur")]
    [InlineData("az-Latn-AZ", "az")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-FR", "en")] // no French labels: English
    public void A_culture_reads_the_labels_of_its_language(string culture, string language) =>
        Assert.Same(Labels.ByLanguage[language], Labels.For(culture));

    [Theory]
    [InlineData("fa-IR", "۱۲ min read")] // Persian readers use their own digits (no Persian labels: English words)
    [InlineData("ur-PK", "12 منٹ کا مطالعہ")] // Urdu in Pakistan writes ASCII digits
    [InlineData("az-Latn-AZ", "12 dəqiqəlik oxu")]
    public void Numbers_use_the_digits_of_the_readers_culture(string culture, string expected)
    {
        var view = View(culture);

        Assert.Equal(expected, string.Format(view.CultureInfo, view.Text("minutesRead"), view.Number(12)));
    }

    [Fact]
    public void Dates_use_the_readers_month_names()
    {
        Assert.Equal("25 فروری 2022", View("ur-PK").Date(new DateTime(2022, 2, 25)));
        Assert.Equal("25 fevral 2022", View("az-Latn-AZ").Date(new DateTime(2022, 2, 25)));
    }

    private static PageContext View(string culture)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?culture=" + culture);
        return new PageContext(new MagazineOptions { Cultures = ["en-US", culture] }, context.Request);
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
