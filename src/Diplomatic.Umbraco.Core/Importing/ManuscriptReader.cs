using Diplomatic.Umbraco.Importing.Markdown;
using Diplomatic.Umbraco.Importing.PlainText;
using Diplomatic.Umbraco.Importing.WebPage;
using Diplomatic.Umbraco.Importing.Word;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Reads a manuscript of any supported format (by extension: <c>.md</c>, <c>.txt</c>, <c>.html</c>, <c>.docx</c>)
/// into a <see cref="BookletDraft"/>, after the size cap: a file over <see cref="ImportingOptions.MaxFileBytes"/> is
/// refused before it is read, and the shapes that would make a parser slow (<see cref="ShapeGuards"/>) before it is parsed.
/// </summary>
internal sealed class ManuscriptReader
{
    /// <summary>The manuscript types by extension, as the CLI and the backoffice upload list them.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".txt", ".html", ".htm", ".docx"];

    private readonly ImportingOptions _options;

    /// <summary>Creates the reader.</summary>
    /// <param name="options">The importer's options.</param>
    public ManuscriptReader(ImportingOptions options) => _options = options;

    /// <summary>Reads a manuscript file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The draft.</returns>
    public BookletDraft ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a manuscript from a stream.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="fileName">The file name: its extension picks the format, and problems name it.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(Stream stream, string fileName)
    {
        var draft = new BookletDraft { File = fileName };
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            draft.Error(0, $"unsupported manuscript type '{extension}': use .md, .txt, .html or .docx");
            return draft;
        }

        if (extension == ".docx")
        {
            return ReadCapped(stream, draft) is { } zip ? new WordManuscriptReader(_options).Read(zip, fileName) : draft;
        }

        if (extension is ".md" or ".markdown")
        {
            return ReadMarkdown(stream, draft, fileName);
        }

        var text = ReadText(stream, draft, out _);
        if (text is null)
        {
            return draft;
        }

        return extension switch
        {
            ".txt" => ShapeGuards.CheckPlainText(text, draft) ? new PlainTextManuscriptReader().Read(text, fileName) : draft,
            _ => ShapeGuards.CheckHtml(text, draft, "the web page", null, ShapeGuards.MaxPageDepth, ShapeGuards.MaxPageElements, ShapeGuards.MaxPageAncestry)
                ? new WebPageManuscriptReader().Read(text, fileName)
                : draft,
        };
    }

    /// <summary>
    /// A Markdown manuscript: decoded, guarded and laid out, then its articles parsed one at a time. When the file
    /// is seekable UTF-8, the text is let go after the layout and each article decoded again from the file, so the
    /// growing draft never sits beside the whole text (2× the file as UTF-16).
    /// </summary>
    private BookletDraft ReadMarkdown(Stream stream, BookletDraft draft, string fileName)
    {
        var origin = stream.CanSeek ? stream.Position : 0;
        var layout = LayOutMarkdown(stream, draft, fileName, out var text);
        if (layout is null)
        {
            return draft;
        }

        IEnumerable<string> sections;
        if (text is not null)
        {
            sections = layout.Sections.Select(s => text.Substring(s.Start, s.Length));
        }
        else
        {
            stream.Position = origin;
            sections = ManuscriptText.DecodeAgain(stream, layout.BodyStart, layout.Sections.Select(s => (s.Length, s.Fingerprint)).ToList(), layout.Draft);
        }

        return new MarkdownManuscriptReader().Read(layout, sections);
    }

    /// <summary>
    /// The decoding, the shape guards and the layout. The text lives only in this method unless it cannot be decoded
    /// again (it came from bytes): then it comes back in <paramref name="keptText"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private MarkdownLayout? LayOutMarkdown(Stream stream, BookletDraft draft, string fileName, out string? keptText)
    {
        keptText = null;
        var text = ReadText(stream, draft, out var decodableAgain);
        if (text is null || !ShapeGuards.CheckMarkdown(text, draft))
        {
            return null;
        }

        var layout = MarkdownManuscriptReader.Layout(text, fileName);
        keptText = decodableAgain ? null : text;
        return layout;
    }

    /// <summary>
    /// The decoded text. The bytes live only in this method: once it returns they can be collected, so the readers
    /// parse with the text alone in memory (2× the file as UTF-16), not the text and a copy of the bytes (3×).
    /// </summary>
    /// <param name="stream">The file.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <param name="decodableAgain">Whether the text came straight from the seekable stream (<see cref="ManuscriptText.DecodeAgain"/> can read it again).</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private string? ReadText(Stream stream, BookletDraft draft, out bool decodableAgain)
    {
        decodableAgain = false;
        if (stream.CanSeek && stream.Length - stream.Position <= _options.MaxFileBytes && ManuscriptText.TryDecodeUtf8(stream, draft, out var text))
        {
            decodableAgain = true;
            return text;
        }

        var bytes = ReadCapped(stream, draft);
        return bytes is null ? null : ManuscriptText.Decode(bytes, draft);
    }

    private byte[]? ReadCapped(Stream stream, BookletDraft draft)
    {
        var cap = _options.MaxFileBytes;
        if (stream.CanSeek && stream.Length - stream.Position > cap)
        {
            draft.Error(0, $"the file is {stream.Length - stream.Position:N0} bytes, over the {cap:N0}-byte limit (Diplomatic:Importing:MaxFileBytes)");
            return null;
        }

        if (stream.CanSeek)
        {
            // The length is known: one array of that size, not a growing buffer and a copy of it.
            var exact = new byte[stream.Length - stream.Position];
            stream.ReadExactly(exact);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                draft.Error(0, $"the file is over the {cap:N0}-byte limit (Diplomatic:Importing:MaxFileBytes)");
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
