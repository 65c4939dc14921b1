using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace Diplomatic.Umbraco.Importing.Markdown;

/// <summary>
/// Reads the canonical manuscript format (<c>docs/manuscripts.md</c>): YAML front matter for the booklet, a
/// level-1 heading per article with <c>Author:</c> and <c>Standfirst:</c> lines, and fenced <c>factbox</c> and
/// <c>event</c> blocks holding YAML fields.
/// </summary>
internal sealed class MarkdownManuscriptReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>Reads a Markdown manuscript.</summary>
    /// <param name="text">The text (LF line endings).</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft with its problems.</returns>
    public BookletDraft Read(string text, string file)
    {
        var layout = Layout(text, file);
        return Read(layout, layout.Sections.Select(s => text.Substring(s.Start, s.Length)));
    }

    /// <summary>
    /// The first look at a manuscript: its front matter read into a new draft, and where each article's text lies
    /// (with a fingerprint of it), so the articles can be parsed later from a second decoding of the file.
    /// </summary>
    /// <param name="text">The text (LF line endings).</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The layout; it holds no reference to the text.</returns>
    public static MarkdownLayout Layout(string text, string file)
    {
        var draft = new BookletDraft { File = file };
        var (bodyStart, bodyLine) = ReadFrontMatter(text, draft);
        var sections = Sections(text, bodyStart, bodyLine)
            .Select(s => new MarkdownSection(s.Start, s.Length, s.Line, ManuscriptText.Fingerprint(text.AsSpan(s.Start, s.Length))))
            .ToList();
        return new MarkdownLayout(draft, bodyStart, sections);
    }

    /// <summary>How much article text is parsed between two collections of the garbage it leaves (characters).</summary>
    private const int CollectEvery = 512 * 1024;

    /// <summary>
    /// Parsing allocates about 40 times the text, nearly all of it dead once the article is read. How much of it is
    /// still on the heap at a peak depends on the GC's gen0 budget, which follows the CPU's cache: 3.3x the input
    /// here, 6.2x with a 64 MB budget. A gen0 collection after every half a million characters bounds it on any
    /// machine (about 40 collections for a 20 MB manuscript, a few milliseconds in all).
    /// </summary>
    private static void ReleaseGarbage(ref long sinceCollection, int parsed)
    {
        sinceCollection += parsed;
        if (sinceCollection >= CollectEvery)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            sinceCollection = 0;
        }
    }

    /// <summary>Reads the articles of a laid-out manuscript.</summary>
    /// <param name="layout">The layout, whose draft is filled.</param>
    /// <param name="sectionTexts">The text of each of the layout's sections, in order; it may stop early (its problem on the draft).</param>
    /// <returns>The draft with its problems.</returns>
    public BookletDraft Read(MarkdownLayout layout, IEnumerable<string> sectionTexts)
    {
        var draft = layout.Draft;
        var builder = new DraftBuilder(draft);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);

        // One article at a time: Markdig's tree of a 20 MB manuscript is many times its size, one article's is small.
        var index = 0;
        var sinceCollection = 0L;
        foreach (var sectionText in sectionTexts)
        {
            var firstLine = layout.Sections[index++].Line;
            MarkdownDocument document;
            try
            {
                document = Markdig.Markdown.Parse(sectionText, Pipeline);
            }
            catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
            {
                draft.Error(firstLine, "the Markdown is nested too deeply (quotes, lists, brackets or emphasis inside each other); it cannot be a real manuscript");
                return builder.Finish();
            }

            ReadBlocks(document, firstLine - 1, builder, renderer, writer);
            ReleaseGarbage(ref sinceCollection, sectionText.Length);
        }

        return builder.Finish();
    }

    /// <summary>
    /// The manuscript cut before each level-1 ATX heading (<c># Title</c> at the start of a line, outside fenced
    /// code): each piece is parsed on its own. Reference-style link definitions therefore apply within their article.
    /// </summary>
    private static IEnumerable<(int Start, int Length, int Line)> Sections(string text, int start, int line)
    {
        var sectionStart = start;
        var sectionLine = line;
        var fence = default(string);
        var position = start;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var span = text.AsSpan(position, next - position).TrimEnd('\n');
            var trimmed = span.TrimStart(' ');
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                var marker = trimmed[..3].ToString();
                fence = fence is null ? marker : fence == marker ? null : fence;
            }
            else if (fence is null && position > sectionStart && (span.StartsWith("# ") || span.SequenceEqual("#")))
            {
                yield return (sectionStart, position - sectionStart, sectionLine);
                sectionStart = position;
                sectionLine = line;
            }

            line++;
            position = next;
        }

        if (text.Length > sectionStart)
        {
            yield return (sectionStart, text.Length - sectionStart, sectionLine);
        }
    }

    private static void ReadBlocks(MarkdownDocument document, int lineOffset, DraftBuilder builder, HtmlRenderer renderer, StringWriter writer)
    {
        var draft = builder.Draft;
        foreach (var block in document)
        {
            var line = block.Line + 1 + lineOffset;
            if (TooDeep(block))
            {
                draft.Error(line, $"this block is nested more than {MaxDepth} levels deep (emphasis, links or lists inside each other); simplify it");
                continue;
            }

            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    builder.StartArticle(PlainText(heading.Inline), line);
                    break;
                case FencedCodeBlock fenced when Kind(fenced.Info) is { } kind:
                    ReadFenced(fenced, kind, line, builder);
                    break;
                case ParagraphBlock paragraph when builder.TryMeta(PlainText(paragraph.Inline), line):
                    break;
                default:
                    MarkRightToLeft(block);

                    renderer.Render(block);
                    writer.Flush();
                    builder.AddHtml(writer.GetStringBuilder().ToString(), line);
                    writer.GetStringBuilder().Clear();
                    break;
            }
        }
    }

    private const int MaxDepth = 32;

    /// <summary>Marks right-to-left paragraphs, headings and list items (<c>dir="rtl"</c>) inside a block.</summary>
    private static void MarkRightToLeft(Block block)
    {
        IEnumerable<LeafBlock> leaves = block is ContainerBlock container ? container.Descendants<LeafBlock>() : block is LeafBlock leaf ? [leaf] : [];
        foreach (var item in leaves)
        {
            if (item.Inline is { } inline && DraftBuilder.IsRightToLeft(PlainText(inline)))
            {
                // A tight list item renders without <p>: the <li> carries the direction.
                var target = item.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } } listItem ? (Block)listItem : item;
                target.GetAttributes().AddProperty("dir", "rtl");
            }
        }
    }

    /// <summary>Whether a block's tree (blocks and inlines) is deeper than <see cref="MaxDepth"/>; checked without recursion.</summary>
    private static bool TooDeep(Block root)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                return true;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline containerInline:
                    foreach (var child in containerInline)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return false;
    }

    private static string? Kind(string? info) => info?.Trim().ToLowerInvariant() switch
    {
        "factbox" or "fact-box" or "fact" => "factbox",
        "event" => "event",
        _ => null,
    };

    private static void ReadFenced(FencedCodeBlock fenced, string kind, int line, DraftBuilder builder)
    {
        var what = kind == "factbox" ? "fact box" : "event";
        var mapping = YamlFields.Parse(fenced.Lines.ToString(), line + 1, what, builder.Draft);
        if (mapping is null)
        {
            return;
        }

        var fields = YamlFields.Fields(mapping, line + 1, builder.Draft);
        if (kind == "factbox")
        {
            builder.AddFactBox(fields, line);
        }
        else
        {
            builder.AddEvent(fields, line);
        }
    }

    /// <summary>Reads the front matter into the draft; returns where the body starts (an offset into the text) and its line.</summary>
    private static (int Start, int Line) ReadFrontMatter(string text, BookletDraft draft)
    {
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            return (0, 1);
        }

        // Found line by line without splitting the whole text: only the YAML is copied.
        var position = text.IndexOf('\n') + 1;
        var line = 2;
        while (position > 0 && position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            if (text.AsSpan(position, next - position).TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position].TrimEnd('\n');
                var mapping = YamlFields.Parse(yaml, 2, "front matter", draft);
                if (mapping is not null)
                {
                    ApplyFrontMatter(mapping, draft);
                }

                return (next, line + 1);
            }

            line++;
            position = next;
        }

        draft.Error(1, "the front matter opened with '---' on line 1 is never closed with a '---' line");
        return (text.Length, line);
    }

    private static readonly string[] FrontMatterFields =
        ["title", "subtitle", "slug", "culture", "countries", "topics", "publishers", "occasion", "publishDate", "isbn", "introduction", "authors"];

    private static void ApplyFrontMatter(YamlMappingNode mapping, BookletDraft draft)
    {
        var fields = YamlFields.Fields(mapping, 2, draft, "authors");
        foreach (var field in fields.Values)
        {
            if (!FrontMatterFields.Contains(field.Name, StringComparer.OrdinalIgnoreCase))
            {
                draft.Warning(field.Line, $"unknown front matter field '{field.Name}' ignored; known fields: {string.Join(", ", FrontMatterFields)}");
            }
        }

        string? Get(string name) => fields.TryGetValue(name, out var f) && f.Value.Length > 0 ? f.Value : null;
        draft.Title = Get("title");
        draft.Subtitle = Get("subtitle");
        draft.Occasion = Get("occasion");
        draft.ExplicitSlug = Get("slug") is { } slug ? Slugs.From(slug) : null;
        if (Get("culture") is { } culture)
        {
            try
            {
                draft.Culture = CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;
            }
            catch (CultureNotFoundException)
            {
                draft.Error(fields["culture"].Line, $"unknown culture \"{culture}\" (write e.g. en-US)");
            }
        }

        draft.Countries.AddRange(ManuscriptFields.Countries(fields, draft));
        if (fields.TryGetValue("topics", out var topics))
        {
            draft.Topics.AddRange(topics.Items);
        }

        if (fields.TryGetValue("publishers", out var publishers))
        {
            // A list (YAML sequence or ';'-separated); a single name may hold commas ("Institute of Peace, Diplomacy").
            draft.Publishers.AddRange(publishers.Value.Contains(';') ? publishers.Items : [publishers.Value]);
        }

        if (fields.TryGetValue("publishDate", out var publishDate) && ManuscriptFields.TryDate(publishDate, draft, out var date, out _))
        {
            draft.PublishDate = date;
        }

        if (Get("isbn") is { } isbn)
        {
            if (ContentModel.Isbn.IsValid(isbn))
            {
                draft.Isbn = isbn;
            }
            else
            {
                draft.Error(fields["isbn"].Line, $"\"{isbn}\" is not a valid ISBN-10 or ISBN-13");
            }
        }

        if (Get("introduction") is { } introduction)
        {
            draft.IntroductionHtml = Markdig.Markdown.ToHtml(introduction, Pipeline).Trim();
            draft.IntroductionLine = fields["introduction"].Line;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: "authors" })
            {
                ReadAuthors(value, draft);
            }
        }
    }

    private static void ReadAuthors(YamlNode node, BookletDraft draft)
    {
        if (node is not YamlSequenceNode sequence)
        {
            draft.Error(YamlFields.LineOf(node, 2), "'authors' must be a list of authors (each a name, or name/role/organisation/biography)");
            return;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } name })
            {
                draft.Author(name.Trim());
            }
            else if (item is YamlMappingNode mapping)
            {
                var fields = YamlFields.Fields(mapping, 2, draft);
                if (!fields.TryGetValue("name", out var nameField) || nameField.Value.Length == 0)
                {
                    draft.Error(YamlFields.LineOf(item, 2), "an author has no 'name'");
                    continue;
                }

                var author = draft.Author(nameField.Value);
                author.Role = fields.TryGetValue("role", out var role) ? role.Value : null;
                author.Organisation = fields.TryGetValue("organisation", out var organisation) ? organisation.Value : null;
                author.Biography = fields.TryGetValue("biography", out var biography) ? biography.Value : null;
            }
        }
    }

    /// <summary>The plain text of inlines.</summary>
    /// <param name="inline">The inline container.</param>
    /// <returns>The text.</returns>
    internal static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString();

        static void Append(Inline node, StringBuilder builder)
        {
            switch (node)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child, builder);
                    }

                    break;
            }
        }
    }
}

/// <summary>A Markdown manuscript's front matter (in its draft) and where its articles lie in its text.</summary>
/// <param name="Draft">The draft, with the front matter read.</param>
/// <param name="BodyStart">Where the body starts: the characters before it are the front matter.</param>
/// <param name="Sections">The body cut before each level-1 heading.</param>
internal sealed record MarkdownLayout(BookletDraft Draft, int BodyStart, IReadOnlyList<MarkdownSection> Sections);

/// <summary>A piece of a Markdown manuscript parsed on its own.</summary>
/// <param name="Start">Its offset in the text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Line">Its first line.</param>
/// <param name="Fingerprint">Its text's <see cref="ManuscriptText.Fingerprint"/>.</param>
internal sealed record MarkdownSection(int Start, int Length, int Line, int Fingerprint);
