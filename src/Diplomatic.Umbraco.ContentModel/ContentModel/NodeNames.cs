using System.Globalization;
using System.Text;

namespace Diplomatic.Umbraco.ContentModel;

/// <summary>
/// Node names as an editor meant them: control characters, bidi overrides and embeddings, direction marks and
/// invisible zero-width characters taken out (they reorder or hide text in the backoffice tree), white space
/// collapsed. A zero-width (non-)joiner between two letters stays: Urdu and Persian spell with it.
/// </summary>
public static class NodeNames
{
    /// <summary>The longest node name Umbraco stores (its name columns are 255 characters).</summary>
    public const int MaxLength = 255;

    /// <summary>The cleaned name (the same instance when nothing needed cleaning).</summary>
    /// <param name="name">The name as read.</param>
    /// <returns>The cleaned name.</returns>
    public static string Clean(string name)
    {
        if (!NeedsCleaning(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var space = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c) && !(c is '\u200C' or '\u200D' && i > 0 && i < name.Length - 1 && char.IsLetter(name[i - 1]) && char.IsLetter(name[i + 1])))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is a control, bidi or zero-width character that <see cref="Clean"/> takes out.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when it is.</returns>
    public static bool IsInvisible(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    private static bool NeedsCleaning(string name)
    {
        if (name.Length > 0 && (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1])))
        {
            return true;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && (c != ' ' || (i > 0 && name[i - 1] == ' '))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first character-safe cut of a text to at most <paramref name="maxBytes"/> UTF-8 bytes (never splitting a letter and its marks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxBytes">The byte budget.</param>
    /// <returns>The longest prefix of whole text elements within the budget.</returns>
    public static string CutToUtf8Bytes(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var bytes = 0;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            end = elements.ElementIndex + element.Length;
        }

        return text[..end];
    }
}
