using System.Text.Json;

namespace Diplomatic.Umbraco.Delivery.Json;

/// <summary>Helpers for the hand-written readers.</summary>
internal static class ReaderExtensions
{
    /// <summary>
    /// Skips the value the reader is on. A converter is handed its whole value, but when the response is streamed the
    /// reader still says more may follow, and <see cref="Utf8JsonReader.Skip"/> then throws; <see cref="Utf8JsonReader.TrySkip"/>
    /// succeeds on the buffered value.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    public static void SkipValue(ref this Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The value ends before the response does.");
        }
    }
}
