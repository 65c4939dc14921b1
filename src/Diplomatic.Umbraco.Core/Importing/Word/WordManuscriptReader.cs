using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Diplomatic.Umbraco.Importing.Word;

/// <summary>
/// Reads a Word <c>.docx</c> manuscript with the Open XML SDK: the package is checked first
/// (<see cref="WordPackageGuard"/>: entries, uncompressed size, macros, XML shape, external relationships; nothing
/// external is ever fetched), then the body is streamed a block at a time into <see cref="WordBodyWalker"/>, and
/// the core properties give the title and author when the text does not.
/// </summary>
internal sealed class WordManuscriptReader
{
    /// <summary>How deep content controls are followed: real documents go a few levels deep, a crafted one could go thousands.</summary>
    private const int MaxContentControlDepth = 16;

    private readonly ImportingOptions _options;

    /// <summary>Creates the reader.</summary>
    /// <param name="options">The importer's options (zip caps).</param>
    public WordManuscriptReader(ImportingOptions options) => _options = options;

    /// <summary>Reads a Word manuscript.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name used in problems.</param>
    /// <returns>The draft.</returns>
    public BookletDraft Read(byte[] bytes, string file)
    {
        var draft = new BookletDraft { File = file };
        if (bytes.Length == 0)
        {
            draft.Error(0, "the file is empty");
            return draft;
        }

        if (!new WordPackageGuard(_options).CheckPackage(bytes, draft))
        {
            return draft;
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = _options.MaxDocxUncompressedBytes,
            });
            return Read(document, draft);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            draft.Error(0, $"this is not a readable Word .docx file: {e.Message}");
            return draft;
        }
    }

    private static BookletDraft Read(WordprocessingDocument document, BookletDraft draft)
    {
        if (!WordPackageGuard.CheckDocument(document, draft))
        {
            return draft;
        }

        var main = document.MainDocumentPart;
        if (main is null)
        {
            draft.Error(0, "the document has no body");
            return draft;
        }

        // Streamed, not main.Document: the SDK's tree of a long document is many times its XML, and the draft
        // grows beside it; here only the block being read is a tree.
        using var reader = OpenXmlReader.Create(main);
        if (!reader.Read() || reader.ElementType != typeof(Document))
        {
            // Not a w:document root: the SDK's own loading names the problem, as it did before streaming.
            _ = main.Document;
            draft.Error(0, "the document has no body");
            return draft;
        }

        if (!ReadToFirstChild<Body>(reader))
        {
            draft.Error(0, "the document has no body");
            return draft;
        }

        var walker = new WordBodyWalker(main, draft);
        ReadBlocks(reader, walker, 0);
        var core = document.PackageProperties;
        return walker.Finish(core.Title, core.Creator);
    }

    /// <summary>Moves from an element's start to its first child of a type; false when it has none.</summary>
    private static bool ReadToFirstChild<T>(OpenXmlReader reader)
        where T : OpenXmlElement
    {
        if (!reader.IsStartElement || !reader.ReadFirstChild())
        {
            return false;
        }

        do
        {
            if (reader.IsStartElement && reader.ElementType == typeof(T))
            {
                return true;
            }
        }
        while (reader.ReadNextSibling());

        return false;
    }

    /// <summary>
    /// Hands the paragraphs and tables under the reader's current element (the body, or a content control's
    /// content) to the walker one at a time, following content controls into their first content; each block is
    /// loaded as a tree of its own and dropped once read. Leaves the reader on the container's end.
    /// </summary>
    private static void ReadBlocks(OpenXmlReader reader, WordBodyWalker walker, int depth)
    {
        if (!reader.IsStartElement || !reader.ReadFirstChild())
        {
            return;
        }

        do
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            var type = reader.ElementType;
            if (type == typeof(Paragraph) || type == typeof(Table))
            {
                walker.Add(reader.LoadCurrentElement()!);
            }
            else if (type == typeof(SdtBlock) && depth < MaxContentControlDepth && ReadToFirstChild<SdtContentBlock>(reader))
            {
                ReadBlocks(reader, walker, depth + 1);

                // Back out of the control to its end, so the next sibling read is the block after it.
                while (reader.ReadNextSibling())
                {
                }
            }
        }
        while (reader.ReadNextSibling());
    }
}
