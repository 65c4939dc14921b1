using Diplomatic.Umbraco.ContentModel.Preview;

namespace Diplomatic.Umbraco.Tests.ContentModel.Preview;

public class PreviewTokenTests
{
    private const string Secret = "a-preview-secret-of-at-least-32-characters";
    private static readonly Guid Item = new("0b9b3a6e-4444-4c2d-9e7f-000000000001");
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_valid_for_its_item_and_culture_until_it_expires()
    {
        var token = PreviewToken.Create(Secret, Item, "en-US", Now.AddMinutes(30));

        Assert.Equal(PreviewTokenStatus.Valid, PreviewToken.Check(Secret, Item, "en-US", token, Now));
        Assert.Equal(PreviewTokenStatus.Valid, PreviewToken.Check(Secret, Item, "EN-us", token, Now.AddMinutes(29)));
        Assert.Equal(PreviewTokenStatus.Expired, PreviewToken.Check(Secret, Item, "en-US", token, Now.AddMinutes(30)));
    }

    [Fact]
    public void A_token_for_another_item_culture_or_secret_or_with_a_changed_expiry_is_refused()
    {
        var token = PreviewToken.Create(Secret, Item, "en-US", Now.AddMinutes(30));
        var later = (Now.AddDays(1).ToUnixTimeSeconds()) + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(Secret, Guid.NewGuid(), "en-US", token, Now));
        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(Secret, Item, "ur-PK", token, Now));
        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(Secret, Item, null, token, Now));
        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(Secret + "x", Item, "en-US", token, Now));
        Assert.Equal(PreviewTokenStatus.BadSignature, PreviewToken.Check(Secret, Item, "en-US", later, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".abc")]
    [InlineData("-5.abc")]
    [InlineData("12 3.abc")]
    public void A_token_that_is_not_one_is_malformed(string? token) =>
        Assert.Equal(PreviewTokenStatus.Malformed, PreviewToken.Check(Secret, Item, "en-US", token, Now));

    [Fact]
    public void An_overlong_token_is_refused_before_any_work_and_a_short_secret_is_refused()
    {
        Assert.Equal(PreviewTokenStatus.Malformed, PreviewToken.Check(Secret, Item, "en-US", "1." + new string('a', 200), Now));
        Assert.Throws<ArgumentException>(() => PreviewToken.Create("short", Item, null, Now));
    }
}
