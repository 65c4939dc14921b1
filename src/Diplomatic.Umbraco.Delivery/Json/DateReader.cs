using System.Text.Json;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>
/// Reads the Delivery API's dates. Umbraco prints them as <c>yyyy-MM-ddTHH:mm:ss.fffffff</c> without an offset; that
/// layout is parsed directly, without <see cref="Utf8JsonReader.GetDateTime"/>'s general ISO 8601 parser, which every
/// other layout (an offset, <c>Z</c>, a date alone) still goes to, so the values read are the same.
/// </summary>
internal static class DateReader
{
    private const int SecondsLength = 19; // yyyy-MM-ddTHH:mm:ss
    private const int MaxFractionDigits = 7; // ticks

    public static DateTime Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out var value)
            ? value
            : reader.GetDateTime();

    public static DateTime? ReadNullable(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Read(ref reader);

    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ss</c> with up to seven fractional digits and no offset, as unspecified time.</summary>
    /// <param name="text">The UTF-8 text.</param>
    /// <param name="value">The date.</param>
    /// <returns>Whether the text had that layout and a valid date and time.</returns>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime value)
    {
        value = default;
        if (text.Length < SecondsLength || text.Length > SecondsLength + 1 + MaxFractionDigits
            || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || !TryDigits(text[11..13], out var hour) || !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..19], out var second))
        {
            return false;
        }

        long ticks = 0;
        if (text.Length > SecondsLength)
        {
            var fraction = text[(SecondsLength + 1)..];
            if (text[SecondsLength] != '.' || fraction.IsEmpty || !TryDigits(fraction, out var digits))
            {
                return false;
            }

            ticks = digits;
            for (var scale = fraction.Length; scale < MaxFractionDigits; scale++)
            {
                ticks *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
