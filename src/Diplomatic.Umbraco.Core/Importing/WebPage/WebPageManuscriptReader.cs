using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing.PlainText;
using SmartReader;

namespace Diplomatic.Umbraco.Importing.WebPage;

/// <summary>
/// Reads a web page saved from the browser (<c>.html</c>, <c>.htm</c>) by its structure: SmartReader (a port of
/// Mozilla's Readability) finds the title, byline, publish date and main content, so menus, sidebars, share bars
/// and footers go with the page's own markup; the content then goes through the same sanitiser and draft pipeline
/// as the other readers. Nothing is ever fetched: the page is parsed by AngleSharp without a loader, and SmartReader
/// gets a message handler that refuses every request.
/// </summary>
internal sealed class WebPageManuscriptReader
{
    // Media and page machinery inside the article: not rich text, and never fetched.
    private static readonly string[] Media = ["img", "picture", "source", "video", "audio", "iframe", "svg", "canvas", "object", "embed", "form", "button", "input", "select", "textarea", "noscript", "script", "style"];

    /// <summary>The least text a page's main content must have to be an article (a menu or a cookie notice has less).</summary>
    private const int MinArticleCharacters = 140;

    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "pre", "figure", "hr", "dl"];

    static WebPageManuscriptReader()
    {
        // SmartReader's HTTP client is process-wide: every request it could make is refused.
        Reader.SetBaseHttpClientHandler(new RefusingHandler());
    }

    /// <summary>Reads a web page.</summary>
    /// <param name="html">The page's HTML (already past <see cref="ShapeGuards.CheckHtml"/> with the page limits).</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(string html, string file)
    {
        var draft = new BookletDraft { File = file };
        var builder = new DraftBuilder(draft);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        Article article;
        using (var reader = new Reader("https://manuscript.invalid/" + Uri.EscapeDataString(file), document)
        {
            Debug = false,
            MaxElemsToParse = ShapeGuards.MaxPageElements,
            // Readability retries with looser rules (up to three times) when its first, strictest pass finds less
            // than this; on a hostile page each retry is as slow as the first. The first pass is also the one that
            // strips the most chrome, and less than MinArticleCharacters is refused below anyway.
            CharThreshold = 1,
        })
        {
            article = reader.GetArticle();
        }

        // IsReadable also says "the page did not look like an article beforehand"; a short article is still one when text came out.
        if (string.IsNullOrWhiteSpace(article.Content) || (article.TextContent?.Trim().Length ?? 0) < MinArticleCharacters)
        {
            draft.Error(0, "no article was found in this web page (too little text in one place); save the article's own page, or paste its text into a .txt file");
            return draft;
        }

        var title = NodeNames.Clean(article.Title ?? string.Empty);
        if (title.Length == 0)
        {
            title = document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;
        }

        draft.Title = title.Length > 0 ? title : null;
        builder.StartArticle(title.Length > 0 ? title : "Untitled", 1);
        var byline = article.Author ?? article.Byline;
        if (!string.IsNullOrWhiteSpace(byline))
        {
            var text = NodeNames.Clean(byline);
            if (!PastedLines.IsByline(text, out var names, out var bylineDate))
            {
                names = text;
                bylineDate = null;
            }

            builder.TryMeta("By " + names, 1);
            draft.PublishDate ??= bylineDate;
        }

        if (article.PublicationDate is { } published && published.Year is >= 1900 and <= 2100)
        {
            draft.PublishDate = published.Date;
        }

        if (!string.IsNullOrWhiteSpace(article.Excerpt) && builder.Current is { } current)
        {
            current.Standfirst = NodeNames.Clean(article.Excerpt);
        }

        AddContent(article.Content, title, builder);
        PlainTextManuscriptReader.GuessCountries(draft, title, 1);
        return builder.Finish();
    }

    /// <summary>Adds the article's blocks: layout wrappers unwrapped, media dropped (said once), the title heading not repeated, <c>h1</c> demoted to <c>h2</c>.</summary>
    private static void AddContent(string content, string title, DraftBuilder builder)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var fragment = parser.ParseDocument("<body>" + content + "</body>");
        var body = fragment.Body!;
        var media = 0;
        foreach (var element in body.QuerySelectorAll(string.Join(',', Media)).ToList())
        {
            if (element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) || element.LocalName is "script")
            {
                // A handler or a script in the article's own text is what a hostile page carries: the sanitiser reports it as an error.
                continue;
            }

            media++;
            element.Remove();
        }

        if (media > 0)
        {
            builder.Draft.Warning(0, $"left out {media} image(s), video(s), embed(s) or form control(s) of the page: add pictures in the backoffice");
        }

        var blocks = new List<IElement>();
        Collect(body, blocks);
        var first = true;
        foreach (var block in blocks)
        {
            var text = block.TextContent.Trim();
            if (text.Length == 0 && block.LocalName != "hr")
            {
                continue;
            }

            if (first && block.LocalName.Length == 2 && block.LocalName[0] == 'h' && PastedLines.Same(text, title))
            {
                first = false;
                continue;
            }

            first = false;
            var html = block.LocalName == "h1" ? "<h2>" + block.InnerHtml + "</h2>" : block.OuterHtml;
            builder.AddHtml(DraftBuilder.IsRightToLeft(text) && !html.Contains("dir=", StringComparison.Ordinal) ? WithDirection(block, html) : html, 0);
        }
    }

    /// <summary>The blocks of a container in order: wrappers (<c>div</c>, <c>section</c>, <c>article</c>…) are looked into, loose text becomes a paragraph.</summary>
    private static void Collect(IElement container, List<IElement> blocks)
    {
        IElement? loose = null;
        foreach (var node in container.ChildNodes.ToList())
        {
            if (node is IElement element && Blocks.Contains(element.LocalName))
            {
                loose = null;
                blocks.Add(element);
            }
            else if (node is IElement wrapper && wrapper.QuerySelector(string.Join(',', Blocks)) is not null)
            {
                loose = null;
                Collect(wrapper, blocks);
            }
            else if (node is IText or IElement && node.TextContent.Trim().Length > 0)
            {
                if (loose is null)
                {
                    loose = container.Owner!.CreateElement("p");
                    blocks.Add(loose);
                }

                loose.AppendChild(node.Clone(deep: true));
            }
        }
    }

    private static string WithDirection(IElement block, string html)
    {
        var clone = (IElement)block.Clone(deep: true);
        clone.SetAttribute("dir", "rtl");
        return clone.LocalName == "h1" ? "<h2 dir=\"rtl\">" + clone.InnerHtml + "</h2>" : clone.OuterHtml;
    }

    /// <summary>Refuses every request: a saved page is read, never fetched from.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"A manuscript is never fetched from the network ({request.RequestUri}).");
    }
}
