using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Delivery.Pages;

namespace Diplomatic.Umbraco.Tests.ContentModel;

/// <summary>One reader of the vocabularies, the same for the importer, the index and query handlers, and the client.</summary>
public sealed class VocabulariesTests
{
    public static TheoryData<string, EventType> EventTypeWords()
    {
        var data = new TheoryData<string, EventType>();
        foreach (var (type, label) in Vocabularies.EventTypeLabels)
        {
            data.Add(label, type);
            data.Add(" " + label.ToUpperInvariant() + " ", type);
            data.Add(Vocabularies.Token(type), type);
            data.Add(type.ToString(), type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypeWords))]
    public void An_event_type_reads_the_same_from_its_label_token_or_name_everywhere(string word, EventType expected)
    {
        Assert.True(Vocabularies.TryParseEventType(word, out var type));
        Assert.Equal(expected, type);
        Assert.Equal(expected, EventVocabulary.ParseEventType(word)); // the client
        Assert.True(Diplomatic.Umbraco.DeliveryApi.DiplomaticTerms.TryGetEventTypeToken(word, out var token)); // the query and index handlers
        Assert.Equal(Vocabularies.Token(expected), token);
    }

    [Theory]
    [InlineData("Day", DatePrecision.Day)]
    [InlineData(" month ", DatePrecision.Month)]
    [InlineData("YEAR", DatePrecision.Year)]
    public void A_date_precision_reads_from_its_label_in_any_case(string word, DatePrecision expected)
    {
        Assert.True(Vocabularies.TryParseDatePrecision(word, out var precision));
        Assert.Equal(expected, precision);
        Assert.Equal(expected, EventVocabulary.ParsePrecision(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("Day,Month")]
    [InlineData("State-visit")]
    [InlineData("Decade")]
    public void Anything_else_is_not_a_word_of_either_vocabulary(string? word)
    {
        Assert.False(Vocabularies.TryParseEventType(word, out _));
        Assert.False(Vocabularies.TryParseDatePrecision(word, out _));
        Assert.Null(EventVocabulary.ParseEventType(word));
        Assert.Equal(DatePrecision.Day, EventVocabulary.ParsePrecision(word)); // what a timeline assumes
    }

    [Fact]
    public void Tokens_are_the_names_in_camel_case()
    {
        Assert.Equal("stateVisit", Vocabularies.Token(EventType.StateVisit));
        Assert.Same(Vocabularies.Token(EventType.Summit), Vocabularies.Token(EventType.Summit));
    }
}
