namespace Diplomatic.Umbraco.ContentModel;

/// <summary>ISBN checks beyond the property's pattern: the check digit, which a regular expression cannot test.</summary>
public static class Isbn
{
    /// <summary>Whether the text is a valid ISBN-10 or ISBN-13 (hyphens, spaces and an "ISBN" prefix allowed).</summary>
    /// <param name="text">The ISBN as written.</param>
    /// <returns>True when the digits and the check digit are right.</returns>
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), DiplomaticContentModel.IsbnPattern))
        {
            return false;
        }

        Span<char> digits = stackalloc char[13];
        var count = 0;
        var body = text.Trim();
        if (body.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase))
        {
            var colon = body.IndexOfAny([':', ' ']);
            body = colon < 0 ? body[4..] : body[(colon + 1)..];
            if (body.StartsWith("-1", StringComparison.Ordinal))
            {
                body = body[3..];
            }
        }

        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x')
            {
                if (count == 13)
                {
                    return false;
                }

                digits[count++] = char.ToUpperInvariant(c);
            }
        }

        return count switch
        {
            10 => IsValidIsbn10(digits[..10]),
            13 => IsValidIsbn13(digits[..13]),
            _ => false,
        };
    }

    private static bool IsValidIsbn10(ReadOnlySpan<char> d)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = d[i] == 'X' ? (i == 9 ? 10 : -1) : d[i] - '0';
            if (value < 0)
            {
                return false;
            }

            sum += (10 - i) * value;
        }

        return sum % 11 == 0;
    }

    private static bool IsValidIsbn13(ReadOnlySpan<char> d)
    {
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            if (d[i] == 'X')
            {
                return false;
            }

            sum += (d[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return sum % 10 == 0;
    }
}
