using System.Text.Json;
using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Importing.PlainText;

/// <summary>
/// Reads text pasted from a web page: site chrome (breadcrumbs, share and follow links, "Most Popular", the
/// magazine's boilerplate) is dropped by the rules in <c>web-chrome-rules.json</c> (data, not code); the first
/// line left is the title, a short name line after it the author, and every other line a paragraph.
/// </summary>
internal sealed partial class PlainTextManuscriptReader
{
    private static readonly Lazy<IReadOnlyList<ChromeRule>> DefaultRules = new(LoadDefaultRules);
    private readonly IReadOnlyList<ChromeRule> _rules;

    /// <summary>Creates a reader with the built-in chrome rules.</summary>
    public PlainTextManuscriptReader()
        : this(DefaultRules.Value)
    {
    }

    /// <summary>Creates a reader with the given chrome rules.</summary>
    /// <param name="rules">The rules.</param>
    public PlainTextManuscriptReader(IReadOnlyList<ChromeRule> rules) => _rules = rules;

    /// <summary>The built-in rules.</summary>
    public static IReadOnlyList<ChromeRule> BuiltInRules => DefaultRules.Value;

    /// <summary>Reads a plain-text manuscript.</summary>
    /// <param name="text">The text (LF line endings).</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(string text, string file)
    {
        var draft = new BookletDraft { File = file };
        var builder = new DraftBuilder(draft);
        var lines = text.Split('\n');
        var paragraphs = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().Trim('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var rule = _rules.FirstOrDefault(r => r.Regex.IsMatch(line));
            if (rule is null)
            {
                paragraphs.Add((line, i + 1));
                continue;
            }

            if (rule.Action == "boilerplate")
            {
                draft.Warning(i + 1, $"dropped {rule.Name}: \"{Shorten(line)}\"");
            }

            if (rule.Action == "stop")
            {
                break;
            }
        }

        if (paragraphs.Count == 0)
        {
            return builder.Finish();
        }

        var (title, titleLine) = paragraphs[0];
        draft.Title = title;
        builder.StartArticle(title, titleLine);
        var index = 1;
        if (index < paragraphs.Count && (builder.TryMeta(paragraphs[index].Text, paragraphs[index].Line) || TryAuthorName(paragraphs[index].Text, builder)))
        {
            index++;
        }

        for (; index < paragraphs.Count; index++)
        {
            var (paragraph, line) = paragraphs[index];
            if (ScriptLike().Match(paragraph) is { Success: true } script)
            {
                draft.Error(line, $"the text holds markup that looks like a script (\"{script.Value}\"); it would only be shown as text, but remove it from the manuscript");
            }

            builder.AddHtml(DraftBuilder.Element("p", RichText.Encode(paragraph), paragraph), line);
        }

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

        return builder.Finish();
    }

    private static bool TryAuthorName(string text, DraftBuilder builder)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || text.EndsWith('.') || !words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'')))
        {
            return false;
        }

        builder.Current!.Authors.Add(builder.Draft.Author(text.Trim()).Name);
        return true;
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
}

/// <summary>One rule recognising site chrome in pasted web text.</summary>
/// <param name="Action"><c>drop</c>, <c>stop</c> or <c>boilerplate</c>.</param>
/// <param name="Name">What the rule recognises, for messages.</param>
/// <param name="Regex">The pattern matched against a trimmed line.</param>
internal sealed record ChromeRule(string Action, string Name, Regex Regex);
