using Diplomatic.Umbraco.Importing.Markdown;
using Diplomatic.Umbraco.Importing.PlainText;
using Diplomatic.Umbraco.Importing.Word;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Reads a manuscript of any supported format (by extension: <c>.md</c>, <c>.txt</c>, <c>.docx</c>) into a
/// <see cref="BookletDraft"/>, after the size cap: a file over <see cref="ImportingOptions.MaxFileBytes"/> is
/// refused before it is read.
/// </summary>
internal sealed class ManuscriptReader
{
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
        if (extension is not (".md" or ".markdown" or ".txt" or ".docx"))
        {
            draft.Error(0, $"unsupported manuscript type '{extension}': use .md, .txt or .docx");
            return draft;
        }

        var bytes = ReadCapped(stream, draft);
        if (bytes is null)
        {
            return draft;
        }

        if (extension == ".docx")
        {
            return new WordManuscriptReader(_options).Read(bytes, fileName);
        }

        var text = ManuscriptText.Decode(bytes, draft);
        if (text is null)
        {
            return draft;
        }

        return extension == ".txt" ? new PlainTextManuscriptReader().Read(text, fileName) : new MarkdownManuscriptReader().Read(text, fileName);
    }

    private byte[]? ReadCapped(Stream stream, BookletDraft draft)
    {
        var cap = _options.MaxFileBytes;
        if (stream.CanSeek && stream.Length - stream.Position > cap)
        {
            draft.Error(0, $"the file is {stream.Length - stream.Position:N0} bytes, over the {cap:N0}-byte limit (Diplomatic:Importing:MaxFileBytes)");
            return null;
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
