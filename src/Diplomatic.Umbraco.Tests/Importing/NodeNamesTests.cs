using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

public class NodeNamesTests
{
    [Fact]
    public void Bidi_overrides_direction_marks_zero_width_and_control_characters_leave_node_names()
    {
        var draft = new ManuscriptReader(new ImportingOptions()).Read(
            new MemoryStream("---\ntitle: \"Azerbaijan\u202E-Pakistan\u200B Relations\u200F\"\n---\n# Trade\u2066 and\u2069 \u0007energy\n\nAuthor: Jane\u200D Doe\n\nBody.\n"u8.ToArray()),
            "names.md");

        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Azerbaijan-Pakistan Relations", draft.Title);
        Assert.Equal("Trade and energy", draft.Articles[0].Title);
        Assert.Equal("Jane Doe", draft.Authors[0].Name);
    }

    [Fact]
    public void A_zero_width_non_joiner_between_letters_stays_persian_and_urdu_spell_with_it()
    {
        const string persian = "می\u200Cخواهم";
        Assert.Equal(persian, NodeNames.Clean(persian));
        Assert.Equal("ab", NodeNames.Clean("\u200Cab\u200C"));
    }

    [Fact]
    public void The_keys_of_ordinary_titles_do_not_change()
    {
        Assert.Same("Azerbaijan-Pakistan Relations", NodeNames.Clean("Azerbaijan-Pakistan Relations"));
        Assert.Equal("azerbaijan-pakistan-relations", Slugs.From(NodeNames.Clean("Azerbaijan-Pakistan Relations")));
    }

    [Fact]
    public void A_title_longer_than_umbraco_stores_is_an_error_of_the_check_not_a_failure_of_the_import()
    {
        var title = new string('x', 300);
        var draft = new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"---\ntitle: T\n---\n# {title}\n\nBody.\n")), "long.md");
        Assert.Contains(draft.Problems, p => p.ToString().StartsWith("long.md(4): error: the article title \"xxxx", StringComparison.Ordinal) && p.Message.Contains("300 characters long"));
    }
}
