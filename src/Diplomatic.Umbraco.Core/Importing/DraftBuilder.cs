using System.Text.RegularExpressions;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// What every reader does the same way: articles started by a heading, their author and standfirst lines, body
/// fragments with their lines, fact boxes and events, then the checks over the whole booklet.
/// </summary>
internal sealed partial class DraftBuilder
{
    private readonly List<RichTextFragment> _introduction = [];
    private readonly List<(ArticleDraft Article, List<RichTextFragment> Body)> _articles = [];
    private readonly HashSet<ArticleDraft> _emptyArticles = [];
    private int _closed;
    private readonly RichText _richText = new();
    private bool _bodyStarted;

    /// <summary>Creates a builder for a draft.</summary>
    /// <param name="draft">The draft being read.</param>
    public DraftBuilder(BookletDraft draft) => Draft = draft;

    /// <summary>The draft being read.</summary>
    public BookletDraft Draft { get; }

    /// <summary>The article being read, or null before the first one.</summary>
    public ArticleDraft? Current => _articles.Count == 0 ? null : _articles[^1].Article;

    /// <summary>The sanitiser of this manuscript.</summary>
    public RichText RichText => _richText;

    /// <summary>Starts an article.</summary>
    /// <param name="title">The heading text.</param>
    /// <param name="line">Its line.</param>
    public void StartArticle(string title, int line)
    {
        var trimmed = NodeNames.Clean(title);
        if (_articles.Count == MaxItems)
        {
            Draft.Error(line, $"the manuscript has more than {MaxItems:N0} articles; split it into several booklets");
        }

        if (_articles.Count >= MaxItems)
        {
            return;
        }

        if (trimmed.Length == 0)
        {
            Draft.Error(line, "an article heading is empty");
            trimmed = "Untitled";
        }

        CloseArticles();
        _articles.Add((new ArticleDraft { Title = trimmed, Line = line }, []));
        _bodyStarted = false;
    }

    /// <summary>
    /// Takes an author (<c>Author: …</c>, <c>By …</c>) or standfirst (<c>Standfirst: …</c>) line when it comes
    /// before the article's body.
    /// </summary>
    /// <param name="text">The paragraph's plain text.</param>
    /// <param name="line">Its line.</param>
    /// <returns>Whether the line was taken.</returns>
    public bool TryMeta(string text, int line)
    {
        if (Current is null || _bodyStarted)
        {
            return false;
        }

        var match = MetaLine().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["value"].Value.Trim();
        if (match.Groups["key"].Value.Equals("standfirst", StringComparison.OrdinalIgnoreCase))
        {
            Current.Standfirst = value;
            return true;
        }

        foreach (var name in AuthorSeparator().Split(value))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                Current.Authors.Add(Draft.Author(trimmed).Name);
            }
        }

        if (Current.Authors.Count == 0)
        {
            Draft.Error(line, "the author line names nobody");
        }

        return true;
    }

    /// <summary>Adds an HTML fragment to the current article's body, or to the booklet's introduction before the first article.</summary>
    /// <param name="html">The fragment.</param>
    /// <param name="line">Its line.</param>
    public void AddHtml(string html, int line)
    {
        if (_articles.Count == 0)
        {
            _introduction.Add(new(html.Trim().AsMemory(), line));
            return;
        }

        _bodyStarted = true;
        _articles[^1].Body.Add(new(html.Trim().AsMemory(), line));
    }

    /// <summary>Adds a paragraph of plain text (encoded when joined into the body, without a second copy of it here).</summary>
    /// <param name="text">The paragraph's text: a range of the manuscript, kept as it is unless it needs encoding.</param>
    /// <param name="line">Its line.</param>
    public void AddParagraph(ReadOnlyMemory<char> text, int line)
    {
        var encoded = text.Span.IndexOfAny("&<>\"") < 0 ? text : RichText.Encode(text.ToString()).AsMemory();
        var fragment = new RichTextFragment(encoded, line, IsParagraph: true, RightToLeft: IsRightToLeft(text.Span));
        if (_articles.Count == 0)
        {
            _introduction.Add(fragment);
            return;
        }

        _bodyStarted = true;
        _articles[^1].Body.Add(fragment);
    }

    /// <summary>Adds a fact box read from fields.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="line">The line the block starts on.</param>
    public void AddFactBox(IReadOnlyDictionary<string, ManuscriptField> fields, int line)
    {
        var factBox = ManuscriptFields.FactBox(fields, line, Current?.Slug, Draft);
        if (factBox is null)
        {
            return;
        }

        if (Draft.FactBoxes.Exists(f => f.Slug == factBox.Slug))
        {
            Draft.Error(line, $"a second fact box is headed \"{factBox.Headline}\" (first at line {Draft.FactBoxes.Find(f => f.Slug == factBox.Slug)!.Line}); headlines must differ");
            return;
        }

        Draft.FactBoxes.Add(factBox);
        Current?.FactBoxSlugs.Add(factBox.Slug);
    }

    /// <summary>Adds an event read from fields.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="line">The line the block starts on.</param>
    public void AddEvent(IReadOnlyDictionary<string, ManuscriptField> fields, int line)
    {
        var item = ManuscriptFields.Event(fields, line, Current?.Slug, Draft);
        if (item is null)
        {
            return;
        }

        if (Draft.Events.Exists(e => e.Slug == item.Slug))
        {
            Draft.Error(line, $"a second event is titled \"{Excerpt.Of(item.Title)}\" (first at line {Draft.Events.Find(e => e.Slug == item.Slug)!.Line}); titles must differ");
            return;
        }

        Draft.Events.Add(item);
    }

    /// <summary>Sanitises the bodies and runs the checks over the whole booklet.</summary>
    /// <returns>The draft.</returns>
    public BookletDraft Finish()
    {
        if (_introduction.Count > 0 && Draft.IntroductionHtml is null)
        {
            Draft.IntroductionHtml = _richText.Clean(_introduction, Draft, _introduction[0].Line);
        }
        else if (Draft.IntroductionHtml is not null)
        {
            Draft.IntroductionHtml = _richText.Clean(Draft.IntroductionHtml, Draft.IntroductionLine, Draft);
        }

        CloseArticles();
        var seen = new Dictionary<string, ArticleDraft>();
        foreach (var (article, _) in _articles)
        {
            if (seen.TryGetValue(article.Slug, out var first))
            {
                Draft.Error(article.Line, $"duplicate article title \"{Excerpt.Of(article.Title)}\" (first at line {first.Line}); each article needs its own title");
                continue;
            }

            seen[article.Slug] = article;
            Draft.Articles.Add(article);
            if (_emptyArticles.Contains(article))
            {
                Draft.Warning(article.Line, $"article \"{Excerpt.Of(article.Title)}\" has no body text");
            }
        }

        if (string.IsNullOrWhiteSpace(Draft.Title))
        {
            // Often the consequence of an earlier error (a front matter that did not parse): reported after it.
            Draft.FollowUpError(1, "the manuscript has no title: give 'title' in the front matter, a Title paragraph, or a first line");
        }

        CheckNameLengths();

        if (Draft.Articles.Count == 0 && !Draft.HasErrors)
        {
            Draft.Error(0, "the manuscript has no article: start each article with a level-1 heading");
        }

        return Draft;
    }

    /// <summary>Sanitises the bodies of the articles read so far: their fragments go, so a long manuscript holds one article's pieces at a time, not all of them.</summary>
    private void CloseArticles()
    {
        for (; _closed < _articles.Count; _closed++)
        {
            var (article, body) = _articles[_closed];
            article.BodyHtml = _richText.Clean(body, Draft, article.Line);
            if (body.Count == 0)
            {
                _emptyArticles.Add(article);
            }

            body.Clear();
            body.TrimExcess();
        }
    }

    /// <summary>The most articles, fact boxes or events one manuscript may hold (each is a node and a uSync file).</summary>
    public const int MaxItems = 2_000;

    /// <summary>Node names longer than Umbraco stores are errors here, so a check finds them before an import fails half-way.</summary>
    private void CheckNameLengths()
    {
        void Check(string? name, int line, string what)
        {
            if (name is { Length: > NodeNames.MaxLength })
            {
                Draft.Error(line, $"the {what} \"{Excerpt.Of(name, 40)}\" is {name.Length:N0} characters long; Umbraco stores node names of at most {NodeNames.MaxLength} characters: shorten it");
            }
        }

        Check(Draft.Title, 1, "title");
        foreach (var article in Draft.Articles)
        {
            Check(article.Title, article.Line, "article title");
        }

        foreach (var factBox in Draft.FactBoxes)
        {
            Check(factBox.Headline, factBox.Line, "fact box headline");
        }

        foreach (var item in Draft.Events)
        {
            Check(item.Title, item.Line, "event title");
        }

        foreach (var author in Draft.Authors)
        {
            Check(author.Name, 0, "author name");
        }

        if (Draft.FactBoxes.Count > MaxItems || Draft.Events.Count > MaxItems)
        {
            Draft.Error(0, $"the manuscript has {Draft.FactBoxes.Count:N0} fact boxes and {Draft.Events.Count:N0} events; at most {MaxItems:N0} of each are accepted: split it into several booklets");
        }
    }

    /// <summary>Whether text is mostly right-to-left letters (Urdu, Arabic, Persian, Hebrew).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when right-to-left letters outnumber the others.</returns>
    public static bool IsRightToLeft(ReadOnlySpan<char> text)
    {
        int rtl = 0, ltr = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                if (char.IsLetter(c))
                {
                    rtl++;
                }
            }
            else if (char.IsLetter(c))
            {
                ltr++;
            }
        }

        return rtl > ltr;
    }

    /// <summary>A paragraph of encoded text, marked right-to-left where it is.</summary>
    /// <param name="tag">The element name.</param>
    /// <param name="innerHtml">Its inner HTML.</param>
    /// <param name="plainText">Its plain text (for the direction).</param>
    /// <returns>The element.</returns>
    public static string Element(string tag, string innerHtml, string plainText) =>
        IsRightToLeft(plainText) ? $"<{tag} dir=\"rtl\">{innerHtml}</{tag}>" : $"<{tag}>{innerHtml}</{tag}>";

    [GeneratedRegex(@"^(?:(?<key>authors?|by|standfirst)\s*:\s*|(?<key>by)\s+)(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"\s*(?:;|,|\band\b|&)\s*")]
    private static partial Regex AuthorSeparator();
}
