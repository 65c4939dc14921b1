using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Importing;

/// <summary>How serious a manuscript problem is: an error stops the import, a warning does not.</summary>
internal enum ProblemSeverity
{
    /// <summary>Worth knowing; the import goes ahead.</summary>
    Warning,

    /// <summary>The manuscript must be fixed; nothing is written.</summary>
    Error,
}

/// <summary>One thing wrong with a manuscript, with where it is.</summary>
/// <param name="File">The manuscript's file name.</param>
/// <param name="Line">The 1-based line (a paragraph number in Word files); 0 when it concerns the whole file.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in words an editor understands.</param>
/// <param name="FollowUp">Whether the problem may only follow from an earlier one (a missing title after a broken front matter): reported after the others.</param>
internal sealed record ManuscriptProblem(string File, int Line, ProblemSeverity Severity, string Message, bool FollowUp = false)
{
    /// <summary>The problem in the compiler-like form <c>file(line): error: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{File}{(Line > 0 ? $"({Line})" : string.Empty)}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>An author named by a manuscript.</summary>
internal sealed class AuthorDraft
{
    /// <summary>The author's name (the node name, cleaned by <see cref="NodeNames.Clean"/>).</summary>
    public required string Name { get; init => field = NodeNames.Clean(value); }

    /// <summary>The slug the key is derived from.</summary>
    public string Slug => Slugs.From(Name);

    /// <summary>The role, e.g. "Editor-in-chief".</summary>
    public string? Role { get; set; }

    /// <summary>The organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>A short biography.</summary>
    public string? Biography { get; set; }
}

/// <summary>An article read from a manuscript.</summary>
internal sealed class ArticleDraft
{
    /// <summary>The title (the node name, cleaned by <see cref="NodeNames.Clean"/>).</summary>
    public required string Title { get; init => field = NodeNames.Clean(value); }

    /// <summary>The line the article starts on.</summary>
    public int Line { get; init; }

    /// <summary>The slug the key is derived from.</summary>
    public string Slug => Slugs.From(Title);

    /// <summary>The authors' names, in order.</summary>
    public List<string> Authors { get; } = [];

    /// <summary>The standfirst.</summary>
    public string? Standfirst { get; set; }

    /// <summary>The sanitised body HTML.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>The slugs of the fact boxes placed inside the article.</summary>
    public List<string> FactBoxSlugs { get; } = [];
}

/// <summary>A fact box read from a manuscript.</summary>
internal sealed class FactBoxDraft
{
    /// <summary>The headline (mandatory; the node name, cleaned by <see cref="NodeNames.Clean"/>).</summary>
    public required string Headline { get; init => field = NodeNames.Clean(value); }

    /// <summary>The statement (mandatory).</summary>
    public required string Statement { get; init; }

    /// <summary>The line the fact box starts on.</summary>
    public int Line { get; init; }

    /// <summary>The slug the key is derived from.</summary>
    public string Slug => Slugs.From(Headline);

    /// <summary>The figure.</summary>
    public decimal? Figure { get; init; }

    /// <summary>The figure's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>The date the figure holds for.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>The source's name.</summary>
    public string? Source { get; init; }

    /// <summary>A link to the source.</summary>
    public string? SourceLink { get; init; }

    /// <summary>The countries (ISO short names); empty means the booklet's.</summary>
    public List<string> Countries { get; init; } = [];

    /// <summary>The sentence of the manuscript the fact comes from (traceability; not stored in Umbraco).</summary>
    public string? Quote { get; init; }

    /// <summary>The slug of the article the fact box sits in, or null when it belongs to the booklet only.</summary>
    public string? ArticleSlug { get; init; }
}

/// <summary>An event read from a manuscript.</summary>
internal sealed class EventDraft
{
    /// <summary>The title (the node name, cleaned by <see cref="NodeNames.Clean"/>).</summary>
    public required string Title { get; init => field = NodeNames.Clean(value); }

    /// <summary>The line the event starts on.</summary>
    public int Line { get; init; }

    /// <summary>The slug the key is derived from.</summary>
    public string Slug => Slugs.From(Title);

    /// <summary>The start date (the first day of the year or month when the precision is coarser).</summary>
    public required DateTime Start { get; init; }

    /// <summary>How precisely <see cref="Start"/> is known.</summary>
    public required DatePrecision Precision { get; init; }

    /// <summary>The end date.</summary>
    public DateTime? End { get; init; }

    /// <summary>The kind of event.</summary>
    public EventType? Type { get; init; }

    /// <summary>Where it took place.</summary>
    public string? Location { get; init; }

    /// <summary>The host country (ISO short name).</summary>
    public string? HostCountry { get; init; }

    /// <summary>Who took part.</summary>
    public List<string> Participants { get; init; } = [];

    /// <summary>A one-paragraph summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The countries (ISO short names); empty means the booklet's.</summary>
    public List<string> Countries { get; init; } = [];

    /// <summary>The sentence of the manuscript the event comes from (traceability; not stored in Umbraco).</summary>
    public string? Quote { get; init; }

    /// <summary>The slug of the article the event was written in, or null.</summary>
    public string? ArticleSlug { get; init; }
}

/// <summary>
/// A booklet read from a manuscript, whatever its format: the booklet's fields, its articles in order with
/// sanitised rich-text bodies, its fact boxes and events, the authors, and every problem found on the way.
/// </summary>
internal sealed class BookletDraft
{
    /// <summary>The manuscript's file name (used in problems).</summary>
    public required string File { get; init; }

    /// <summary>The title (the booklet's node name, cleaned by <see cref="NodeNames.Clean"/>).</summary>
    public string? Title { get; set => field = value is null ? null : NodeNames.Clean(value); }

    /// <summary>The slug the keys derive from: the front matter's <c>slug</c>, else the title's.</summary>
    public string Slug => string.IsNullOrWhiteSpace(ExplicitSlug) ? Slugs.From(Title ?? File) : ExplicitSlug!;

    /// <summary>The slug given by the manuscript, if any.</summary>
    public string? ExplicitSlug { get; set; }

    /// <summary>The culture the manuscript is written in.</summary>
    public string Culture { get; set; } = "en-US";

    /// <summary>The subtitle.</summary>
    public string? Subtitle { get; set; }

    /// <summary>The countries (ISO short names).</summary>
    public List<string> Countries { get; } = [];

    /// <summary>The topics.</summary>
    public List<string> Topics { get; } = [];

    /// <summary>The publishing organisations.</summary>
    public List<string> Publishers { get; } = [];

    /// <summary>The occasion.</summary>
    public string? Occasion { get; set; }

    /// <summary>The publish date readers see.</summary>
    public DateTime? PublishDate { get; set; }

    /// <summary>The ISBN of this culture's edition.</summary>
    public string? Isbn { get; set; }

    /// <summary>The sanitised introduction HTML.</summary>
    public string? IntroductionHtml { get; set; }

    /// <summary>The line the introduction was given on (for problems found in it).</summary>
    public int IntroductionLine { get; set; } = 1;

    /// <summary>The articles, in manuscript order.</summary>
    public List<ArticleDraft> Articles { get; } = [];

    /// <summary>The fact boxes, in manuscript order.</summary>
    public List<FactBoxDraft> FactBoxes { get; } = [];

    /// <summary>The events, in manuscript order.</summary>
    public List<EventDraft> Events { get; } = [];

    /// <summary>The authors, in order of first mention.</summary>
    public List<AuthorDraft> Authors { get; } = [];

    /// <summary>Every problem found, in the order found.</summary>
    public List<ManuscriptProblem> Problems { get; } = [];

    /// <summary>Whether any problem is an error (then nothing may be written).</summary>
    public bool HasErrors => Problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Records an error.</summary>
    /// <param name="line">The line.</param>
    /// <param name="message">What is wrong.</param>
    public void Error(int line, string message) => Problems.Add(new(File, line, ProblemSeverity.Error, message));

    /// <summary>Records an error that may only follow from an earlier one (reported after the others).</summary>
    /// <param name="line">The line.</param>
    /// <param name="message">What is wrong.</param>
    public void FollowUpError(int line, string message) => Problems.Add(new(File, line, ProblemSeverity.Error, message, FollowUp: HasErrors));

    /// <summary>Records a warning.</summary>
    /// <param name="line">The line.</param>
    /// <param name="message">What is worth knowing.</param>
    public void Warning(int line, string message) => Problems.Add(new(File, line, ProblemSeverity.Warning, message));

    /// <summary>Finds an author by name, adding it when new.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The author.</returns>
    public AuthorDraft Author(string name)
    {
        name = NodeNames.Clean(name);
        var existing = Authors.Find(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing;
        }

        var author = new AuthorDraft { Name = name };
        Authors.Add(author);
        return author;
    }
}
