using System.Globalization;
using System.Text.RegularExpressions;

namespace Diplomatic.Umbraco.Importing.PlainText;

/// <summary>
/// What a line of text pasted from a web page is, judged by its shape as a reader sees it: a breadcrumb trail, a
/// date line, a byline, a short label (category, section), a bullet of a share bar, a "read more" link. Only the
/// month and weekday names and a handful of byline words are words; the rest is structure.
/// </summary>
internal static partial class PastedLines
{
    /// <summary>The longest line looked at as a headline, byline, date or label: longer lines are paragraphs (and a 20 MB line costs one look, not ten).</summary>
    public const int MaxMetaLength = 400;

    /// <summary>How many words a line has, counting at most <paramref name="max"/> (cheap on a very long line).</summary>
    /// <param name="line">The line.</param>
    /// <param name="max">Where to stop counting.</param>
    /// <returns>The count, at most <paramref name="max"/>.</returns>
    public static int WordCount(ReadOnlySpan<char> line, int max = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = c is ' ' or '\t' or '\u00A0';
            if (!space && !inWord && ++count >= max)
            {
                return count;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>Words of a line, split on white space.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The words.</returns>
    public static string[] Words(string line) => line.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A breadcrumb trail: short parts joined by <c>»</c>, <c>›</c>, <c>&gt;</c>, <c>/</c>, <c>|</c> or <c>→</c>
    /// (<c>Home » News » World</c>), or parts glued together as the page's links were (<c>HomeNewsWorld</c>,
    /// <c>HomeNationalPakistan and Azerbaijan…</c>), or a line ending in the next line's text (the trail ends in the headline).
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="next">The next line, or null.</param>
    /// <returns>Whether it is a breadcrumb.</returns>
    public static bool IsBreadcrumb(string line, string? next)
    {
        if (line.Length > MaxMetaLength)
        {
            return false;
        }

        if (next is not null && line.Length > next.Length && line.EndsWith(next, StringComparison.OrdinalIgnoreCase) && GluedWord().IsMatch(line[..^next.Length] + "X"))
        {
            return true;
        }

        if (GluedWord().IsMatch(Words(line).FirstOrDefault() ?? string.Empty))
        {
            // "HomeNews…": a first word with a capital inside, glued from link texts.
            return true;
        }

        var parts = TrailSeparator().Split(line);
        return parts.Length >= 2 && parts.All(p => p.Trim().Length > 0 && Words(p).Length <= 6) && !line.EndsWith('.');
    }

    /// <summary>A line that is a date, maybe with a time, a weekday and words like Published/Updated around it.</summary>
    /// <param name="line">The line.</param>
    /// <param name="date">The date found.</param>
    /// <returns>Whether the line is (mostly) a date.</returns>
    public static bool IsDateLine(string line, out DateTime date)
    {
        date = default;
        if (line.Length > MaxMetaLength || !TryFindDate(line, out date, out var match))
        {
            return false;
        }

        var rest = DateNoise().Replace(line.Remove(match.Index, match.Length), " ");
        return Words(rest).Length == 0;
    }

    /// <summary>Finds a date written in a common form (<c>March 3, 2024</c>, <c>3 March 2024</c>, <c>2024-03-03</c>, <c>3/25/2024</c> when unambiguous).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <param name="match">Where it was.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFindDate(string text, out DateTime date, out Match match)
    {
        date = default;
        match = DateForm().Match(text);
        while (match.Success)
        {
            var value = match.Value.Replace(",", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal);
            value = Ordinal().Replace(value, "$1");
            if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
                || DateTime.TryParseExact(match.Value, ["dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                if (date.Year is >= 1900 and <= 2100)
                {
                    date = date.Date;
                    return true;
                }
            }

            match = match.NextMatch();
        }

        return false;
    }

    /// <summary>
    /// A byline: <c>By Jane Doe</c>, <c>Author: Jane Doe</c>, <c>Written by …</c>, <c>Published by Jane Doe on March 3, 2024</c>,
    /// <c>By Jane Doe | March 3, 2024</c>; the names and a date written on it come back.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="names">The author names.</param>
    /// <param name="date">A date on the line, if any.</param>
    /// <returns>Whether it is a byline.</returns>
    public static bool IsByline(string line, out string names, out DateTime? date)
    {
        names = string.Empty;
        date = null;
        if (line.Length > MaxMetaLength)
        {
            return false;
        }

        var match = Byline().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["names"].Value;
        if (TryFindDate(value, out var found, out var dateMatch))
        {
            date = found;
            value = value[..dateMatch.Index];
        }

        // "Jane Doe | Staff reporter", "Jane Doe - Islamabad", "Jane Doe on": the name ends at a separator or "on".
        value = BylineTail().Replace(value, string.Empty).Trim(' ', ',', '-', '–', '—', '|', '·');
        if (value.Length == 0 || Words(value).Length > 12 || !char.IsLetter(value[0]) || value.Any(char.IsDigit) || value.EndsWith('.'))
        {
            return false;
        }

        names = value;
        return true;
    }

    /// <summary>A line that could be a person's name: two to four words, each capitalised, letters only.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it could.</returns>
    public static bool IsNameLine(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        var words = Words(line);
        return words.Length is >= 2 and <= 4 && !line.EndsWith('.')
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'));
    }

    /// <summary>A short label: one word, or up to four words in capitals (<c>NATIONAL</c>, <c>OPINION</c>, <c>ABSTRACT</c>).</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsLabel(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        var words = Words(line);
        return words.Length == 1 || (words.Length <= 4 && line.Any(char.IsLetter) && !line.Any(char.IsLower));
    }

    /// <summary>Whether a line has no sentence end: a heading, a label, a link text.</summary>
    /// <param name="line">The line.</param>
    /// <returns>True when it does not end like a sentence.</returns>
    public static bool IsUnfinished(ReadOnlySpan<char> line) => !SentenceEnd().IsMatch(line);

    /// <summary>A bullet of a few words (<c>• Share</c>, <c>• Tweet</c>): a share or tag bar's item when it is among others.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsShortBullet(string line) => line.Length is > 1 and < 40 && line[0] is '•' or '·' or '▪' or '●' or '◦' or '–' && WordCount(line.AsSpan(1)) is >= 1 and <= 2;

    /// <summary>A word or two set off by dashes or brackets (<c>- Advertisement -</c>, <c>[ Ad ]</c>): a placeholder the page put there.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsPlaceholder(string line) => line.Length is > 2 and < 40 && line[0] is '-' or '–' or '—' or '[' or '(' or '<' && Placeholder().IsMatch(line);

    /// <summary>A short link text leading on (<c>Read more »</c>, <c>مزید پڑھیں…</c>): a few words ending in an arrow or an ellipsis.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsLeadOn(string line) => line.Length < 60 && WordCount(line, 5) <= 4 && LeadOnEnd().IsMatch(line);

    /// <summary>Two lines that say the same (case, spacing and punctuation aside).</summary>
    /// <param name="a">One line.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool Same(string a, string b) => Math.Abs(a.Length - b.Length) < 16 && string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => string.Join(' ', Words(NotWord().Replace(text, " ")));

    [GeneratedRegex(@"\p{Ll}\p{Lu}\p{Ll}")]
    private static partial Regex GluedWord();

    [GeneratedRegex(@"\s*(?:»|›|→|\s>\s|\s/\s|\s\|\s)\s*")]
    private static partial Regex TrailSeparator();

    [GeneratedRegex(
        @"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    // What sits around a date on a date line: labels, weekday, time, zone and separators.
    [GeneratedRegex(
        @"\b(?:published|updated|posted|last|modified|date|on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|am|pm|[a-z]{2,4}t|utc|gmt)\b|\d{1,2}:\d{2}(?::\d{2})?|[|,:\-–—·•/()\[\]]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateNoise();

    [GeneratedRegex(@"^(?:(?:written\s+|published\s+|posted\s+|story\s+)?by\s+|authors?\s*:\s*|by\s*:\s*)(?<names>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s+(?:on|at|\||-|–|—|·|•)(?:\s.*)?$|\s*[|·•]\s*.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineTail();

    [GeneratedRegex(@"[.!?…""”’)\]]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[-–—\[(<]+\s*[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?\s*[-–—\])>]+$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:»|›|→|>>|\.\.\.|…)$")]
    private static partial Regex LeadOnEnd();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
