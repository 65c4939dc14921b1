using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Tests.ContentModel;

public class StoredValuesTests
{
    private static readonly Guid First = Guid.Parse("0e233135-6074-46f1-b2a0-b391dd3f23d4");
    private static readonly Guid Second = Guid.Parse("3b36fdc6-595b-4621-9709-b6baec016386");

    [Fact]
    public void Rich_text_is_written_as_the_editor_s_json_and_read_back()
    {
        var stored = StoredValues.RichText("<p>Côte d'Ivoire & \"Baku\"</p>");

        Assert.Equal("""{"markup":"<p>Côte d'Ivoire & \"Baku\"</p>","blocks":null}""", stored);
        Assert.True(StoredValues.IsRichTextJson(stored));
        Assert.Equal("<p>Côte d'Ivoire & \"Baku\"</p>", StoredValues.ReadRichTextMarkup(stored));
        Assert.Null(StoredValues.RichText(string.Empty));
        Assert.Null(StoredValues.RichText(null));
    }

    [Theory]
    [InlineData("<p>a</p>", "<p>a</p>")]
    [InlineData("<p>{not json</p>", "<p>{not json</p>")]
    [InlineData("{not json", "{not json")]
    [InlineData("""  {"markup":"<p>a</p>","blocks":{"layout":{}}}""", "<p>a</p>")]
    [InlineData("""{"markup":null}""", "")]
    [InlineData("""{"other":1}""", """{"other":1}""")]
    [InlineData(null, "")]
    public void Rich_text_markup_is_read_from_the_json_or_taken_as_plain_html(string? stored, string expected)
    {
        Assert.Equal(expected, StoredValues.ReadRichTextMarkup(stored));
    }

    [Theory]
    [InlineData("<p>a</p>", false)]
    [InlineData(" \n{\"markup\":\"\"}", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Rich_text_json_is_told_from_plain_html(string? stored, bool json)
    {
        Assert.Equal(json, StoredValues.IsRichTextJson(stored));
    }

    [Fact]
    public void String_lists_are_written_as_json_arrays_and_read_back()
    {
        string[] items = ["Azerbaijan", "Côte d'Ivoire", "say \"hi\""];
        var stored = StoredValues.StringList(items);

        Assert.Equal("""["Azerbaijan","Côte d'Ivoire","say \"hi\""]""", stored);
        Assert.Equal(items, StoredValues.ReadStringList(stored));
        Assert.Null(StoredValues.StringList([]));
    }

    [Theory]
    [InlineData("trade, energy ,,", ',', new[] { "trade", "energy" })]
    [InlineData(" Visit ", null, new[] { "Visit" })]
    [InlineData("a,b", null, new[] { "a,b" })]
    [InlineData(" [\"a\", \"b\"] ", ',', new[] { "a", "b" })]
    [InlineData("  ", ',', new string[0])]
    [InlineData(null, null, new string[0])]
    public void String_lists_are_also_read_in_their_older_separated_forms(string? stored, char? separator, string[] expected)
    {
        Assert.Equal(expected, StoredValues.ReadStringList(stored, separator));
    }

    [Theory]
    [InlineData("[1,2]", "Expected a JSON array of strings.")]
    [InlineData("[\"a\",null]", "Expected a JSON array of strings.")]
    [InlineData("[\"cut", "Not valid JSON: ")]
    public void String_lists_that_are_not_arrays_of_strings_are_refused(string stored, string message)
    {
        var error = Assert.Throws<FormatException>(() => StoredValues.ReadStringList(stored));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lines_are_joined_with_new_lines_and_read_back()
    {
        string[] lines = ["Embassy of Pakistan", "Embassy of Azerbaijan"];
        var stored = StoredValues.TextLines(lines);

        Assert.Equal("Embassy of Pakistan\nEmbassy of Azerbaijan", stored);
        Assert.Equal(lines, StoredValues.ReadTextLines(stored));
        Assert.Equal(["A", "B", "C"], StoredValues.ReadTextLines("A\r\nB\n\nC"));
        Assert.Null(StoredValues.TextLines([]));
        Assert.Empty(StoredValues.ReadTextLines(null));
    }

    [Fact]
    public void Document_udis_are_written_in_n_format_comma_joined_and_read_back()
    {
        var stored = StoredValues.DocumentUdis([First, Second]);

        Assert.Equal("umb://document/0e233135607446f1b2a0b391dd3f23d4,umb://document/3b36fdc6595b46219709b6baec016386", stored);
        Assert.Equal([First, Second], StoredValues.ReadDocumentKeys(stored));
        Assert.Equal([("document", First), ("document", Second)], StoredValues.ReadUdis(stored));
        Assert.Equal(StoredValues.DocumentUdiPrefix + First.ToString("N"), StoredValues.DocumentUdi(First));
        Assert.Null(StoredValues.DocumentUdis([]));
        Assert.Empty(StoredValues.ReadDocumentKeys(" "));
    }

    [Fact]
    public void Udis_are_parsed_with_their_entity_type_and_a_key_in_any_format()
    {
        Assert.Equal(("media", Second), StoredValues.ParseUdi("umb://media/3b36fdc6-595b-4621-9709-b6baec016386"));
        Assert.Equal(("document", First), StoredValues.ParseUdi("UMB://document/0e233135607446f1b2a0b391dd3f23d4"));
        Assert.True(StoredValues.TryParseDocumentUdi("umb://Document/0e233135607446f1b2a0b391dd3f23d4", out var key));
        Assert.Equal(First, key);
        Assert.False(StoredValues.TryParseDocumentUdi("umb://media/0e233135607446f1b2a0b391dd3f23d4", out key));
        Assert.Equal(Guid.Empty, key);
    }

    [Theory]
    [InlineData("not-a-udi")]
    [InlineData("0e233135607446f1b2a0b391dd3f23d4")]
    [InlineData("umb://document/")]
    [InlineData("umb://document/xyz")]
    [InlineData("umb:///0e233135607446f1b2a0b391dd3f23d4")]
    [InlineData("umb://document/0e233135607446f1b2a0b391dd3f23d4/extra")]
    public void Bad_udis_are_refused_naming_the_value(string udi)
    {
        Assert.False(StoredValues.TryParseUdi(udi, out _, out _));
        var error = Assert.Throws<FormatException>(() => StoredValues.ParseUdi(udi));
        Assert.Contains($"'{udi}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picker_value_with_a_bad_udi_is_refused_naming_it()
    {
        var stored = "umb://document/0e233135607446f1b2a0b391dd3f23d4,umb://document/nope";

        Assert.Contains("'umb://document/nope'", Assert.Throws<FormatException>(() => StoredValues.ReadUdis(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("'umb://document/nope'", Assert.Throws<FormatException>(() => StoredValues.ReadDocumentKeys(stored)).Message, StringComparison.Ordinal);
        Assert.Contains("'umb://media/0e233135607446f1b2a0b391dd3f23d4'",
            Assert.Throws<FormatException>(() => StoredValues.ReadDocumentKeys("umb://media/0e233135607446f1b2a0b391dd3f23d4")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_written_in_iso_form_to_the_second_and_read_back()
    {
        var date = new DateTime(2016, 5, 14, 9, 30, 5, DateTimeKind.Unspecified);
        var stored = StoredValues.Date(date);

        Assert.Equal("2016-05-14T09:30:05", stored);
        Assert.True(StoredValues.TryReadDate(stored, out var read));
        Assert.Equal(date, read);
        Assert.Null(StoredValues.Date(null));
        Assert.False(StoredValues.TryReadDate("14/05/2016", out _));
        Assert.False(StoredValues.TryReadDate(null, out _));
    }

    [Fact]
    public void External_links_are_written_as_umbraco_s_link_json_and_read_back()
    {
        var stored = StoredValues.ExternalLink("https://mofa.gov.pk/?a=1&b=2", "MOFA");

        Assert.Equal("""[{"name":"MOFA","target":null,"unique":null,"type":"external","udi":null,"url":"https://mofa.gov.pk/?a=1&b=2","queryString":null,"culture":null}]""", stored);
        var link = Assert.Single(StoredValues.ReadLinks(stored));
        Assert.Equal(new StoredLink("MOFA", null, null, StoredValues.ExternalLinkType, null, "https://mofa.gov.pk/?a=1&b=2", null, null), link);
        Assert.Equal("https://example.org", Assert.Single(StoredValues.ReadLinks(StoredValues.ExternalLink("https://example.org", null))).Name);
        Assert.Null(StoredValues.ExternalLink(null, "MOFA"));
        Assert.Empty(StoredValues.ReadLinks(""));
    }

    [Fact]
    public void Links_stored_by_the_picker_are_read_with_their_udi()
    {
        var link = Assert.Single(StoredValues.ReadLinks("""[{"name":"Home","target":"_blank","udi":"umb://document/0e233135607446f1b2a0b391dd3f23d4","url":null,"queryString":"?a=1"}]"""));

        Assert.Equal(("Home", "_blank", "?a=1"), (link.Name, link.Target, link.QueryString));
        Assert.Equal(("document", First), StoredValues.ParseUdi(link.Udi!));
    }

    [Theory]
    [InlineData("""{"name":"x"}""", "Expected a JSON array of links.")]
    [InlineData("null", "Expected a JSON array of links.")]
    [InlineData("[1]", "Expected a JSON array of link objects.")]
    [InlineData("[null]", "Expected a JSON array of link objects.")]
    [InlineData("""[{"name":7}]""", "Not a link: ")]
    [InlineData("[{", "Not valid JSON: ")]
    public void Link_values_that_are_not_arrays_of_link_objects_are_refused(string stored, string message)
    {
        var error = Assert.Throws<FormatException>(() => StoredValues.ReadLinks(stored));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
