using Diplomatic.Umbraco.DeliveryApi;

namespace Diplomatic.Umbraco.Tests.DeliveryApi;

public class DiplomaticTermsTests
{
    [Fact]
    public void A_topic_normalises_to_lower_case_with_its_term_whatever_its_case()
    {
        var first = DiplomaticTerms.Topic("  Renewable Energy ");
        var second = DiplomaticTerms.Topic("RENEWABLE ENERGY");

        Assert.Equal(("renewable energy", "topic:renewable energy"), first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("AZ", "az")]
    [InlineData("aze", "az")]
    [InlineData(" Pakistan ", "pk")]
    [InlineData("côte d'ivoire", "ci")]
    public void A_country_is_found_by_code_or_name(string token, string code)
    {
        Assert.True(DiplomaticTerms.TryGetCountryCode(token, out var found));
        Assert.Equal(code, found);
        Assert.Equal("country:" + code, DiplomaticTerms.CountryTerm(found));
    }
}
