using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Importing.PlainText;

/// <summary>
/// Reads text pasted from a web page as a reader sees it. Site chrome goes by shape (<see cref="PastedLines"/>:
/// breadcrumb trails, share-bar bullets, <c>- Advertisement -</c>, lead-on links, short lines after the last
/// paragraph) and by the rules in <c>web-chrome-rules.json</c> (data, not code). Above the first paragraph, the
/// headline is the first line that is not a label, a date or a byline (category and date lines above it are
/// dropped, a repeat under it too), the byline (<c>By …</c>, <c>Author: …</c>, <c>Published by … on …</c>, or a
/// name line followed by a date or the body) gives the author and the date line the publish date. Hint lines at
/// the very top (<c>title:</c>, <c>author:</c>, <c>date:</c>) override every guess.
/// </summary>
internal sealed partial class PlainTextManuscriptReader
{
    private static readonly Lazy<IReadOnlyList<ChromeRule>> DefaultRules = new(LoadDefaultRules);
    private readonly IReadOnlyList<ChromeRule> _rules;
    private readonly Regex _combined;

    /// <summary>Creates a reader with the built-in chrome rules.</summary>
    public PlainTextManuscriptReader()
        : this(DefaultRules.Value)
    {
    }

    /// <summary>Creates a reader with the given chrome rules.</summary>
    /// <param name="rules">The rules.</param>
    public PlainTextManuscriptReader(IReadOnlyList<ChromeRule> rules)
    {
        _rules = rules;

        // One pass per line for all rules (first rule wins, as the alternation's order): ten regexes a line would cost ten passes.
        _combined = new Regex(
            string.Join('|', rules.Select((r, i) => $"(?<r{i}>{r.Regex})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            TimeSpan.FromSeconds(1));
    }

    /// <summary>The built-in rules.</summary>
    public static IReadOnlyList<ChromeRule> BuiltInRules => DefaultRules.Value;

    /// <summary>The most lines above the first paragraph looked at for the headline, byline and date.</summary>
    private const int HeaderLines = 40;

    private enum Kind
    {
        Text,
        Dropped,
        Date,
        Byline,
    }

    /// <summary>Reads a plain-text manuscript.</summary>
    /// <param name="text">The text (LF line endings).</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(string text, string file)
    {
        var draft = new BookletDraft { File = file };
        var builder = new DraftBuilder(draft);
        var entries = Lines(text, draft, out var droppedAbove);
        var hints = Hints(entries, draft);
        if (entries.Count == 0 && hints.Title is null)
        {
            return builder.Finish();
        }

        // The header's checks read the first lines as strings, several times each: each made once.
        for (var i = 0; i < Math.Min(entries.Count, HeaderLines + 2); i++)
        {
            entries[i] = entries[i].WithText();
        }

        var bodyStart = BodyStart(entries);
        var header = Header(entries, bodyStart, hints, droppedAbove, draft);
        var title = hints.Title ?? header.Title ?? entries[0].Text;
        var titleLine = hints.Title is not null ? hints.TitleLine : header.TitleLine;
        draft.Title = title;
        builder.StartArticle(title, titleLine);
        foreach (var author in hints.Author is not null ? [hints.Author] : header.Authors)
        {
            // "By Jane Doe, Islamabad": a one-word part after a full name is a place or a desk, not a second author.
            var names = AuthorSeparator().Split(author).Where(n => n.Trim().Length > 0).ToList();
            if (hints.Author is null && names.Count > 1 && PastedLines.WordCount(names[0]) > 1)
            {
                names.RemoveAll(n => PastedLines.WordCount(n) == 1);
            }

            foreach (var name in names)
            {
                if (name.Trim() is { Length: > 0 } trimmed)
                {
                    builder.Current!.Authors.Add(draft.Author(trimmed).Name);
                }
            }
        }

        builder.Current!.Standfirst = hints.Standfirst ?? header.Standfirst;
        draft.PublishDate = hints.Date ?? header.Date;

        var body = header.Body.Concat(entries.Skip(bodyStart)).ToList();
        foreach (var paragraph in Chrome(body, title, draft))
        {
            if (ScriptLike().IsMatch(paragraph.Span) && ScriptLike().Match(paragraph.Text) is { Success: true } script)
            {
                draft.Error(paragraph.Line, $"the text holds markup that looks like a script (\"{script.Value}\"); it would only be shown as text, but remove it from the manuscript");
            }

            builder.AddParagraph(paragraph.Memory, paragraph.Line);
        }

        GuessCountries(draft, title, titleLine);
        return builder.Finish();
    }

    /// <summary>Takes the countries of a pasted page from its title, with a warning to check them.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="title">The title.</param>
    /// <param name="titleLine">Its line.</param>
    internal static void GuessCountries(BookletDraft draft, string title, int titleLine)
    {
        foreach (var word in WordSplitter().Split(title))
        {
            if (word.Length > 3 && IsoCountries.TryFind(word, out var country) && !draft.Countries.Contains(country.Name))
            {
                draft.Countries.Add(country.Name);
            }
        }

        if (draft.Countries.Count > 0)
        {
            draft.Warning(titleLine, $"countries taken from the title: {string.Join(", ", draft.Countries)}; check them on the booklet");
        }
    }

    /// <summary>The non-empty lines with their numbers, after the rules (which may drop a line or stop the text).</summary>
    private List<Entry> Lines(string text, BookletDraft draft, out List<string> droppedAbove)
    {
        var entries = new List<Entry>();
        droppedAbove = [];
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var span = text.AsSpan(range).Trim().Trim('\uFEFF');
            if (span.IsEmpty)
            {
                continue;
            }

            // A line is a range of the text, made a string only when a rule takes it or a check reads it closely.
            text.AsSpan().Overlaps(span, out var start);
            var entry = new Entry(text, start, span.Length, number);
            if (!_combined.IsMatch(span))
            {
                entries.Add(entry);
                continue;
            }

            var line = entry.Text;
            var match = _combined.Match(line);
            var rule = match.Success ? _rules.Where((_, i) => match.Groups["r" + i.ToString(CultureInfo.InvariantCulture)].Success).FirstOrDefault() : null;
            if (rule is null)
            {
                entries.Add(entry);
                continue;
            }

            if (rule.Action == "boilerplate")
            {
                draft.Warning(number, $"dropped {rule.Name}: \"{Shorten(line)}\"");
            }

            if (entries.Count < HeaderLines && line.Length <= PastedLines.MaxMetaLength)
            {
                // Kept to tell a section's name (in the breadcrumb) from an author's.
                droppedAbove.Add(line);
            }

            if (rule.Action == "stop")
            {
                break;
            }
        }

        return entries;
    }

    private sealed record HintValues(string? Title, int TitleLine, string? Author, string? Standfirst, DateTime? Date);

    /// <summary>Front-matter-style lines at the very top (<c>title: …</c>, <c>author: …</c>, <c>date: …</c>, <c>standfirst: …</c>): taken out and used over every guess.</summary>
    private static HintValues Hints(List<Entry> entries, BookletDraft draft)
    {
        string? title = null, author = null, standfirst = null;
        DateTime? date = null;
        var titleLine = 1;
        var taken = 0;
        foreach (var entry in entries)
        {
            // Tried on the range first: a long first line is not copied only to be found no hint.
            if (!HintLine().IsMatch(entry.Span) || HintLine().Match(entry.Text) is not { Success: true } match)
            {
                break;
            }

            var line = entry.Line;

            var value = match.Groups["value"].Value.Trim();
            switch (match.Groups["key"].Value.ToLowerInvariant())
            {
                case "title":
                    (title, titleLine) = (value, line);
                    break;
                case "author" or "authors":
                    author = value;
                    break;
                case "standfirst" or "subtitle":
                    standfirst = value;
                    break;
                default:
                    if (PastedLines.TryFindDate(value, out var found, out _))
                    {
                        date = found;
                    }
                    else
                    {
                        draft.Error(line, $"the date \"{Shorten(value)}\" is not a date (write e.g. 2024-03-05 or 5 March 2024)");
                    }

                    break;
            }

            taken++;
        }

        entries.RemoveRange(0, taken);
        return new(title, titleLine, author, standfirst, date);
    }

    /// <summary>The first paragraph: a long line, or a finished sentence that is not a byline or date line.</summary>
    private static int BodyStart(List<Entry> entries)
    {
        for (var i = 1; i < entries.Count && i <= HeaderLines; i++)
        {
            var text = entries[i].Text;
            var words = PastedLines.WordCount(text, 12);
            if (PastedLines.IsByline(text, out _, out _) || PastedLines.IsDateLine(text, out _))
            {
                continue;
            }

            if (words >= 12 || (words >= 2 && text.EndsWith('.') && !PastedLines.IsNameLine(text)))
            {
                return i;
            }
        }

        return Math.Min(entries.Count, 1 + Math.Min(entries.Count - 1, HeaderLines));
    }

    private sealed record HeaderValues(string? Title, int TitleLine, List<string> Authors, string? Standfirst, DateTime? Date, List<Entry> Body);

    /// <summary>Reads the lines above the first paragraph: headline, byline, date and standfirst; the rest is chrome, said in a warning.</summary>
    private static HeaderValues Header(List<Entry> entries, int bodyStart, HintValues hints, List<string> droppedAbove, BookletDraft draft)
    {
        var kinds = new Kind[bodyStart];
        var authors = new List<string>();
        DateTime? date = null;
        var byline = -1;
        for (var i = 0; i < bodyStart; i++)
        {
            var text = entries[i].Text;
            var next = i + 1 < entries.Count ? entries[i + 1].Text : null;
            if (PastedLines.IsDateLine(text, out var found))
            {
                kinds[i] = Kind.Date;
                date ??= found;
            }
            else if (PastedLines.IsByline(text, out var names, out var bylineDate))
            {
                kinds[i] = Kind.Byline;
                if (byline < 0)
                {
                    byline = i;
                    authors.Add(names);
                    date ??= bylineDate;
                }
            }
            else if (PastedLines.IsBreadcrumb(text, next) || PastedLines.IsPlaceholder(text) || PastedLines.IsShortBullet(text) || PastedLines.IsLeadOn(text))
            {
                kinds[i] = Kind.Dropped;
            }
        }

        // The headline comes before the byline; labels (a category, a section) are passed over when a headline-like line follows.
        var limit = byline >= 0 ? byline : bodyStart;
        var candidates = Enumerable.Range(0, limit).Where(i => kinds[i] == Kind.Text).ToList();
        var headline = hints.Title is not null ? candidates.FirstOrDefault(i => PastedLines.Same(entries[i].Text, hints.Title), -1) : -1;
        if (hints.Title is null)
        {
            headline = candidates.FirstOrDefault(i => !IsLabel(i), candidates.Count > 0 ? candidates[0] : -1);
        }

        bool IsLabel(int i)
        {
            var text = entries[i].Text;
            return (PastedLines.IsLabel(text) || PastedLines.WordCount(text, 4) <= 3) && candidates.Exists(j => j > i && PastedLines.WordCount(entries[j].Text, 4) >= 4 && !PastedLines.IsNameLine(entries[j].Text));
        }

        var title = headline >= 0 ? entries[headline].Text : hints.Title;
        var consumed = new HashSet<int>();
        if (headline >= 0)
        {
            consumed.Add(headline);
        }

        // No "By" line: a name line under the headline, or followed by a date line or the body, is the author.
        var authorLine = byline;
        if (byline < 0 && headline >= 0)
        {
            for (var i = headline + 1; i < bodyStart; i++)
            {
                // A section's name is named by the breadcrumb or a label above the headline too; a person's is not.
                if (kinds[i] == Kind.Text && !NamedAbove(i) && !PastedLines.Same(entries[i].Text, title!) && PastedLines.IsNameLine(entries[i].Text)
                    && (i == headline + 1 || i + 1 == bodyStart || kinds[i + 1] == Kind.Date))
                {
                    authors.Add(entries[i].Text);
                    authorLine = i;
                    consumed.Add(i);
                    break;
                }
            }
        }

        // A line the breadcrumb or a line above the headline already names is a section's name, not a person's or the text's.
        bool NamedAbove(int i) =>
            Enumerable.Range(0, Math.Max(headline, 0)).Select(j => entries[j].Text).Concat(droppedAbove).Any(t => t.Contains(entries[i].Text, StringComparison.OrdinalIgnoreCase));

        // Between the headline and the byline, a line of a few words that is not a label is the standfirst.
        string? standfirst = null;
        if (headline >= 0 && authorLine > headline)
        {
            for (var i = headline + 1; i < authorLine; i++)
            {
                var text = entries[i].Text;
                if (kinds[i] == Kind.Text && !PastedLines.Same(text, title!) && PastedLines.WordCount(text, 4) >= 4)
                {
                    standfirst = text;
                    consumed.Add(i);
                    break;
                }
            }
        }

        // What is left above the byline (or the headline, with no byline) is chrome; below it, the body's start.
        var lastMeta = Math.Max(Math.Max(headline, authorLine), Enumerable.Range(0, bodyStart).LastOrDefault(i => kinds[i] is Kind.Date or Kind.Byline, -1));
        var body = new List<Entry>();
        var dropped = new List<Entry>();
        for (var i = 0; i < bodyStart; i++)
        {
            if (consumed.Contains(i) || kinds[i] is Kind.Date or Kind.Byline)
            {
                continue;
            }

            if (kinds[i] == Kind.Text && i > lastMeta && !PastedLines.IsLabel(entries[i].Text) && !NamedAbove(i) && !(title is not null && PastedLines.Same(entries[i].Text, title)))
            {
                body.Add(entries[i]);
            }
            else
            {
                dropped.Add(entries[i]);
            }
        }

        if (dropped.Count > 0)
        {
            draft.Warning(dropped[0].Line, $"dropped {dropped.Count} line(s) around the headline as site chrome: {string.Join(" | ", dropped.Take(4).Select(d => $"\"{Shorten(d.Text)}\""))}{(dropped.Count > 4 ? " …" : string.Empty)}");
        }

        return new(title, headline >= 0 ? entries[headline].Line : hints.TitleLine, authors, standfirst, date, body);
    }

    /// <summary>The body without chrome: share-bar bullets in runs, placeholders, lead-on links, the headline repeated, and short unfinished lines after the last paragraph.</summary>
    private static List<Entry> Chrome(List<Entry> body, string title, BookletDraft draft)
    {
        // Each check below first asks for a short line (or one about the title's length): only such lines become strings.
        var last = body.FindLastIndex(e => PastedLines.WordCount(e.Span, 8) >= 8 || (PastedLines.WordCount(e.Span, 3) >= 3 && !PastedLines.IsUnfinished(e.Span)));
        var kept = new List<Entry>();
        var dropped = 0;
        var firstDropped = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var entry = body[i];
            var bulletRun = ShortBullet(entry)
                && ((i > 0 && ShortBullet(body[i - 1])) || (i + 1 < body.Count && ShortBullet(body[i + 1])));
            var trailing = last >= 0 && i > last && PastedLines.WordCount(entry.Span, 7) <= 6 && PastedLines.IsUnfinished(entry.Span);
            if (bulletRun || trailing || (entry.Length < 40 && PastedLines.IsPlaceholder(entry.Text)) || (entry.Length < 60 && PastedLines.IsLeadOn(entry.Text))
                || (kept.Count == 0 && Math.Abs(entry.Length - title.Length) < 16 && PastedLines.Same(entry.Text, title)))
            {
                firstDropped = dropped++ == 0 ? body[i].Line : firstDropped;
                continue;
            }

            kept.Add(body[i]);
        }

        if (dropped > 0)
        {
            draft.Warning(firstDropped, $"dropped {dropped} short line(s) of site chrome in and after the text (share bars, placeholders, \"read more\" links, tags)");
        }

        return kept;
    }

    private static bool ShortBullet(Entry entry) => entry.Length is > 1 and < 40 && PastedLines.IsShortBullet(entry.Text);

    /// <summary>A non-empty line: a range of the manuscript's text (no copy of every line), and its number.</summary>
    private readonly struct Entry(string source, int start, int length, int line, string? text = null)
    {
        /// <summary>The line's number in the file.</summary>
        public int Line => line;

        /// <summary>The line's length.</summary>
        public int Length => length;

        /// <summary>The line.</summary>
        public ReadOnlySpan<char> Span => text is not null ? text.AsSpan() : source.AsSpan(start, length);

        /// <summary>The line, without a copy.</summary>
        public ReadOnlyMemory<char> Memory => text is not null ? text.AsMemory() : source.AsMemory(start, length);

        /// <summary>The line as a string (a new copy each time unless it was made once by <see cref="WithText"/>, or is the whole text).</summary>
        public string Text => text ?? (start == 0 && length == source.Length ? source : source.Substring(start, length));

        /// <summary>The same line holding its string, for lines read many times.</summary>
        /// <returns>The entry.</returns>
        public Entry WithText() => text is not null ? this : new(source, start, length, line, Text);
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static IReadOnlyList<ChromeRule> LoadDefaultRules()
    {
        using var stream = typeof(PlainTextManuscriptReader).Assembly.GetManifestResourceStream("Diplomatic.Umbraco.Importing.PlainText.web-chrome-rules.json")
            ?? throw new InvalidOperationException("The embedded web-chrome-rules.json is missing.");
        return ParseRules(stream);
    }

    /// <summary>Parses a rules file.</summary>
    /// <param name="stream">The JSON.</param>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<ChromeRule> ParseRules(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var rules = new List<ChromeRule>();
        foreach (var rule in document.RootElement.GetProperty("rules").EnumerateArray())
        {
            var action = rule.GetProperty("action").GetString()!;
            if (action is not ("drop" or "stop" or "boilerplate"))
            {
                throw new InvalidOperationException($"Unknown chrome-rule action '{action}'.");
            }

            rules.Add(new ChromeRule(
                action,
                rule.GetProperty("name").GetString()!,
                new Regex(rule.GetProperty("pattern").GetString()!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
        }

        return rules;
    }

    [GeneratedRegex(@"<\s*script\b|\bjavascript\s*:|\bon[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLike();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex WordSplitter();

    [GeneratedRegex(@"^(?<key>title|author|authors|date|published|subtitle|standfirst)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HintLine();

    [GeneratedRegex(@"\s*(?:;|,|\band\b|&)\s*")]
    private static partial Regex AuthorSeparator();
}

/// <summary>One rule recognising site chrome in pasted web text.</summary>
/// <param name="Action"><c>drop</c>, <c>stop</c> or <c>boilerplate</c>.</param>
/// <param name="Name">What the rule recognises, for messages.</param>
/// <param name="Regex">The pattern matched against a trimmed line.</param>
internal sealed record ChromeRule(string Action, string Name, Regex Regex);
