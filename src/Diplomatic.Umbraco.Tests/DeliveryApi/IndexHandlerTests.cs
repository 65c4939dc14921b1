using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.DeliveryApi;
using Diplomatic.Umbraco.DeliveryApi.Indexing;
using Diplomatic.Umbraco.Tests.Support;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using F = Diplomatic.Umbraco.DeliveryApi.DiplomaticIndexFields;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class IndexHandlerTests
{
    private const string Author1 = "9f6c3e2a-1b7d-4c5e-8f90-a1b2c3d4e5f6";
    private const string Author2 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly IContent _magazine = ContentFactory.Content(T.Magazine, "The Diplomatic Insight");
    private readonly IContent _booklet;
    private readonly ContentTree _tree;

    public IndexHandlerTests()
    {
        _booklet = ContentFactory.Content(T.Booklet, "Azerbaijan-Pakistan Relations", _magazine, "en-US", "ur-PK");
        _tree = new ContentTree(_magazine, _booklet);
    }

    [Fact]
    public void An_article_in_a_booklet_gets_every_field_in_every_culture()
    {
        var article = Part(T.Article, "Energy corridors", "en-US", "ur-PK");
        article.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");
        article.SetValue(P.Bilateral.Topics, "[\"Energy\",\"trade\",\"energy\"]");
        article.SetValue(P.Publishing.PublishDate, new DateTime(2024, 5, 14, 10, 30, 0));
        article.SetValue(P.Publishing.Authors, $"umb://document/{Author1.Replace("-", string.Empty)},umb://document/{Author2.Replace("-", string.Empty)}");

        foreach (var culture in new[] { "en-US", "ur-PK" })
        {
            var fields = Index(article, culture);

            Assert.Equal(["az", "pk"], fields[F.Countries]);
            Assert.Equal(["energy", "trade"], fields[F.Topics]);
            Assert.Equal(["country:az", "country:pk", "topic:energy", "topic:trade"], fields[F.RelatedTerms]);
            Assert.Equal([new DateTime(2024, 5, 14)], fields[F.PublishDate]);
            Assert.Equal([Author1, Author2], fields[F.Authors]);
            Assert.Equal([_booklet.Key.ToString("D")], fields[F.Booklet]);
            Assert.Equal([article.Key.ToString("D")], fields[F.Key]);
            Assert.False(fields.ContainsKey(F.EventDate));
            Assert.False(fields.ContainsKey(F.EventType));
        }
    }

    [Fact]
    public void Invariant_calls_get_the_same_values_as_culture_calls()
    {
        var factBox = Part(T.FactBox, "Trade");
        factBox.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\"]");

        Assert.Equal(Index(factBox, "en-US"), Index(factBox, null));
    }

    [Fact]
    public void Every_value_set_only_uses_fields_the_handler_declares_with_their_types()
    {
        var declared = Handler().GetFields().ToDictionary(f => f.FieldName);
        var ev = Part(T.Event, "Visit");
        ev.SetValue(P.Bilateral.Countries, "[\"Pakistan\"]");
        ev.SetValue(P.Event.StartDate, new DateTime(2016, 5, 14));
        ev.SetValue(P.Event.EventType, "[\"State visit\"]");

        var values = Handler().GetFieldValues(ev, "en-US").ToArray();

        Assert.All(values, v => Assert.Contains(v.FieldName, declared.Keys));
        Assert.All(declared.Values, f => Assert.False(f.VariesByCulture));
        Assert.Equal(FieldType.Date, declared[F.EventDate].FieldType);
        Assert.Equal(FieldType.Date, declared[F.PublishDate].FieldType);
        Assert.Equal(FieldType.StringRaw, declared[F.Countries].FieldType);
        Assert.Equal(values.Length, values.Select(v => v.FieldName).Distinct().Count());
    }

    [Fact]
    public void Empty_values_add_no_fields()
    {
        var article = Part(T.Article, "Draft");
        article.SetValue(P.Bilateral.Countries, "[]");
        article.SetValue(P.Bilateral.Topics, string.Empty);
        article.SetValue(P.Publishing.Authors, null);

        var fields = Index(article, "en-US");

        Assert.Equal([F.Booklet, F.Key], fields.Keys.Order());
    }

    [Fact]
    public void Unknown_countries_and_broken_keys_are_skipped()
    {
        var article = Part(T.Article, "Odd");
        article.SetValue(P.Bilateral.Countries, "[\"Atlantis\",\"Pakistan\",\"PAK\"]");
        article.SetValue(P.Publishing.Authors, $"umb://document/nothex,{Author1}");

        var fields = Index(article, "en-US");

        Assert.Equal(["pk"], fields[F.Countries]);
        Assert.Equal([Author1], fields[F.Authors]);
    }

    [Theory]
    [InlineData("Year", 1992, 1, 1)]
    [InlineData("[\"Year\"]", 1992, 1, 1)]
    [InlineData("Month", 1992, 5, 1)]
    [InlineData("month", 1992, 5, 1)]
    [InlineData("Day", 1992, 5, 14)]
    [InlineData(null, 1992, 5, 14)]
    [InlineData("Fortnight", 1992, 5, 14)]
    public void An_event_date_follows_its_precision(string? precision, int year, int month, int day)
    {
        var ev = Part(T.Event, "Recognition");
        ev.SetValue(P.Event.StartDate, new DateTime(1992, 5, 14, 9, 0, 0));
        ev.SetValue(P.Event.DatePrecision, precision);

        Assert.Equal([new DateTime(year, month, day)], Index(ev, "en-US")[F.EventDate]);
    }

    [Theory]
    [InlineData("[\"State visit\"]", "stateVisit")]
    [InlineData("Summit", "summit")]
    [InlineData("[\"Humanitarian\"]", "humanitarian")]
    public void An_event_type_label_is_indexed_as_its_token(string stored, string token)
    {
        var ev = Part(T.Event, "Visit");
        ev.SetValue(P.Event.EventType, stored);

        Assert.Equal([token], Index(ev, "en-US")[F.EventType]);
    }

    [Fact]
    public void An_unknown_event_type_adds_no_field()
    {
        var ev = Part(T.Event, "Visit");
        ev.SetValue(P.Event.EventType, "[\"Party\"]");

        Assert.False(Index(ev, "en-US").ContainsKey(F.EventType));
    }

    [Fact]
    public void A_booklet_gets_its_own_fields_but_no_booklet_key_or_related_terms()
    {
        _booklet.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\",\"Pakistan\"]");
        _booklet.SetValue(P.Publishing.PublishDate, new DateTime(2026, 11, 27));

        var fields = Index(_booklet, "en-US");

        Assert.Equal(["az", "pk"], fields[F.Countries]);
        Assert.Equal([new DateTime(2026, 11, 27)], fields[F.PublishDate]);
        Assert.False(fields.ContainsKey(F.Booklet));
        Assert.False(fields.ContainsKey(F.RelatedTerms));
        Assert.False(fields.ContainsKey(F.Key));
    }

    [Fact]
    public void A_part_outside_a_booklet_has_no_booklet_field()
    {
        var article = ContentFactory.Content(T.Article, "Standalone", _magazine);
        _tree.Add(article);

        Assert.False(Index(article, "en-US").ContainsKey(F.Booklet));
    }

    [Fact]
    public void The_nearest_booklet_wins()
    {
        var inner = ContentFactory.Content(T.Booklet, "Inner", _booklet);
        var article = ContentFactory.Content(T.Article, "Deep", inner);
        _tree.Add(inner).Add(article);

        Assert.Equal([inner.Key.ToString("D")], Index(article, "en-US")[F.Booklet]);
    }

    [Theory]
    [InlineData(T.Author)]
    [InlineData(T.Authors)]
    [InlineData(T.Magazine)]
    public void Other_types_are_not_indexed(string alias)
    {
        var item = ContentFactory.Content(alias, "Other", _magazine);

        Assert.Empty(Handler().GetFieldValues(item, "en-US"));
        Assert.Equal(0, _tree.EntityLookups);
    }

    [Fact]
    public void A_published_item_is_indexed_with_its_published_values_not_its_draft()
    {
        var article = Part(T.Article, "Live");
        article.SetValue(P.Bilateral.Countries, "[\"Azerbaijan\"]");
        article.Properties[P.Bilateral.Countries]!.PublishValues();
        article.SetValue(P.Bilateral.Countries, "[\"Pakistan\"]");

        Assert.Equal(["pk"], Index(article, "en-US")[F.Countries]);

        article.Published = true;
        Assert.Equal(["az"], Index(article, "en-US")[F.Countries]);
    }

    [Fact]
    public void Dates_are_read_however_they_are_handed_over()
    {
        var expected = new DateTime(2024, 5, 14);
        object[] forms =
        [
            new DateTime(2024, 5, 14, 23, 59, 0, DateTimeKind.Utc),
            new DateTimeOffset(2024, 5, 14, 8, 0, 0, TimeSpan.FromHours(5)),
            "2024-05-14",
            "2024-05-14T08:00:00",
            "2024-05-14T08:00:00+05:00",
            "{\"date\":\"2024-05-14T08:00:00+05:00\",\"timeZone\":\"Asia/Karachi\"}",
            new DateOnly(2024, 5, 14),
        ];

        foreach (var form in forms)
        {
            Assert.True(DiplomaticContentIndexHandler.TryReadDate(form, out var date), form.ToString());
            Assert.Equal(expected, date);
            Assert.Equal(DateTimeKind.Unspecified, date.Kind);
        }

        Assert.False(DiplomaticContentIndexHandler.TryReadDate("soon", out _));
        Assert.False(DiplomaticContentIndexHandler.TryReadDate("{\"date\":null}", out _));
        Assert.False(DiplomaticContentIndexHandler.TryReadDate(42, out _));
        Assert.False(DiplomaticContentIndexHandler.TryReadDate(null, out _));
    }

    [Theory]
    [InlineData("-1,1051,1060,1072", 1072, new[] { 1051, 1060 })]
    [InlineData("-1,1051", 1051, new int[0])]
    [InlineData("-1,1051,x,1072", 1072, new int[0])]
    [InlineData("", 1, new int[0])]
    public void Ancestor_ids_come_from_the_path(string path, int self, int[] expected)
    {
        Assert.Equal(expected, BookletLocator.AncestorIds(path, self));
    }

    private IContent Part(string alias, string name, params string[] cultures)
    {
        var item = ContentFactory.Content(alias, name, _booklet, cultures);
        _tree.Add(item);
        return item;
    }

    private DiplomaticContentIndexHandler Handler() => new(_tree.EntityService());

    private Dictionary<string, object[]> Index(IContent content, string? culture) =>
        Handler().GetFieldValues(content, culture).ToDictionary(v => v.FieldName, v => v.Values.ToArray());
}
