using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Diplomatic.Umbraco.ContentModel.Preview;

namespace Diplomatic.Umbraco.Preview;

/// <summary>
/// Options of the headless preview, bound from <c>Diplomatic:Preview</c>: where the magazine is and the secret it
/// shares with the CMS. Without a <see cref="MagazineUrl"/> the "Preview on the magazine" option gives no URL.
/// </summary>
public sealed class DiplomaticPreviewOptions : IValidatableObject
{
    /// <summary>The magazine's base URL, e.g. <c>https://magazine.example.org/</c> (http or https). Null: preview off.</summary>
    public Uri? MagazineUrl { get; set; }

    /// <summary>
    /// The magazine's preview route relative to <see cref="MagazineUrl"/>, with <c>{key}</c> and <c>{culture}</c>;
    /// the token is appended as <c>token=</c>. Default <c>preview/{key}?culture={culture}</c> (the sample magazine's route).
    /// </summary>
    [DefaultValue(DefaultRouteTemplate)]
    public string RouteTemplate { get; set; } = DefaultRouteTemplate;

    /// <summary>
    /// The secret the magazine checks the link's token with (at least 32 characters; keep it in a secret store, and
    /// never reuse the Delivery API key). Required with <see cref="MagazineUrl"/>.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>How long a preview link works. Default 30 minutes; 1 minute to 1 day.</summary>
    [DefaultValue(typeof(TimeSpan), "00:30:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The default <see cref="RouteTemplate"/>.</summary>
    public const string DefaultRouteTemplate = "preview/{key}?culture={culture}";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MagazineUrl is null)
        {
            yield break;
        }

        if (!MagazineUrl.IsAbsoluteUri || MagazineUrl.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Diplomatic:Preview:MagazineUrl must be an absolute http or https URL.", [nameof(MagazineUrl)]);
        }

        if (string.IsNullOrEmpty(SigningSecret) || SigningSecret.Length < PreviewToken.MinimumSecretLength)
        {
            yield return new ValidationResult(
                $"Diplomatic:Preview:SigningSecret must have at least {PreviewToken.MinimumSecretLength} characters when Diplomatic:Preview:MagazineUrl is set.",
                [nameof(SigningSecret)]);
        }

        if (string.IsNullOrWhiteSpace(RouteTemplate) || !RouteTemplate.Contains("{key}", StringComparison.Ordinal) || RouteTemplate.Contains('#', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Diplomatic:Preview:RouteTemplate must contain {key} and no '#'.", [nameof(RouteTemplate)]);
        }

        if (TokenLifetime < TimeSpan.FromMinutes(1) || TokenLifetime > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Diplomatic:Preview:TokenLifetime must be between 00:01:00 and 1.00:00:00.", [nameof(TokenLifetime)]);
        }
    }
}
