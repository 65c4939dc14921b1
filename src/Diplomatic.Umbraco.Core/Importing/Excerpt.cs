using System.Globalization;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// The start of a text quoted in a problem or a summary line: a title pasted as one 20 MB line must not be printed
/// whole, several times over.
/// </summary>
internal static class Excerpt
{
    /// <summary>The text when it is short, else its first <paramref name="max"/> characters (whole letters) and "…".</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most characters kept.</param>
    /// <returns>The excerpt.</returns>
    public static string Of(string text, int max = 80)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Cut on a text element's boundary, so a letter and its marks (or a surrogate pair) stay together.
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= max)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }

        return text[..end] + "…";
    }
}
