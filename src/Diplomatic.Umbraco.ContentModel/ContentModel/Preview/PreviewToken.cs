using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Diplomatic.Umbraco.ContentModel.Preview;

/// <summary>What <see cref="PreviewToken.Check"/> found.</summary>
public enum PreviewTokenStatus
{
    /// <summary>Signed with the secret for this item and culture, and not expired.</summary>
    Valid,

    /// <summary>Not a token at all (empty, too long, not <c>{expiry}.{signature}</c>).</summary>
    Malformed,

    /// <summary>Well formed, but its expiry has passed.</summary>
    Expired,

    /// <summary>Not signed with the secret for this item and culture (tampered, or made for another item).</summary>
    BadSignature,
}

/// <summary>
/// The short-lived token of a preview link, the contract between the CMS (which signs it when an editor asks for a
/// preview) and the magazine (which checks it before it fetches the draft with its own Delivery API key, which never
/// leaves the server). The token is <c>{expiry as Unix seconds}.{HMAC-SHA256 over item key, culture and expiry,
/// base64url}</c>, keyed with a secret both sides share.
/// </summary>
public static class PreviewToken
{
    /// <summary>The shortest secret accepted (characters).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Tokens longer than this are refused before any work.</summary>
    public const int MaximumLength = 128;

    private const string Purpose = "diplomatic-preview-v1";

    /// <summary>Signs a token for an item and culture that expires at <paramref name="expires"/>.</summary>
    /// <param name="secret">The shared secret (at least <see cref="MinimumSecretLength"/> characters).</param>
    /// <param name="key">The item's key.</param>
    /// <param name="culture">The culture previewed, or null for invariant content.</param>
    /// <param name="expires">When the token stops working.</param>
    /// <returns>The token, safe in a URL.</returns>
    public static string Create(string secret, Guid key, string? culture, DateTimeOffset expires)
    {
        var expiry = expires.ToUnixTimeSeconds();
        return expiry.ToString(CultureInfo.InvariantCulture) + "." + Signature(secret, key, culture, expiry);
    }

    /// <summary>Checks a token for an item and culture at a moment.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="key">The item the link is for.</param>
    /// <param name="culture">The culture the link is for, or null.</param>
    /// <param name="token">The token from the link.</param>
    /// <param name="now">The current time.</param>
    /// <returns>What was found; only <see cref="PreviewTokenStatus.Valid"/> may show the draft.</returns>
    public static PreviewTokenStatus Check(string secret, Guid key, string? culture, string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaximumLength)
        {
            return PreviewTokenStatus.Malformed;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !long.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return PreviewTokenStatus.Malformed;
        }

        // The signature first, so a tampered expiry reads as tampering, not as "expired".
        var expected = Encoding.ASCII.GetBytes(Signature(secret, key, culture, expiry));
        var given = Encoding.ASCII.GetBytes(token[(dot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return PreviewTokenStatus.BadSignature;
        }

        return now.ToUnixTimeSeconds() < expiry ? PreviewTokenStatus.Valid : PreviewTokenStatus.Expired;
    }

    private static string Signature(string secret, Guid key, string? culture, long expiry)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A preview secret needs at least {MinimumSecretLength} characters.", nameof(secret));
        }

        var message = string.Join('\n', Purpose, key.ToString("D"), (culture ?? string.Empty).ToLowerInvariant(), expiry.ToString(CultureInfo.InvariantCulture));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
