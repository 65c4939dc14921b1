using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace Diplomatic.Umbraco.Importing.Word;

/// <summary>
/// The checks a <c>.docx</c> passes before its text is read: as a zip (entries, unpacked size, macros, that it
/// holds a document, every XML part well-formed, without a DTD and not nested too deep) and, once the SDK has
/// opened it, as a package (a plain document, no external relationships: nothing is ever fetched).
/// </summary>
internal sealed class WordPackageGuard
{
    private readonly ImportingOptions _options;

    /// <summary>Creates the guard.</summary>
    /// <param name="options">The importer's options (zip caps).</param>
    public WordPackageGuard(ImportingOptions options) => _options = options;

    /// <summary>Checks the file as a zip, reading every part once; problems go to the draft.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>Whether the SDK may open it.</returns>
    public bool CheckPackage(byte[] bytes, BookletDraft draft)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > _options.MaxDocxEntries)
            {
                draft.Error(0, $"the .docx holds {zip.Entries.Count:N0} parts, over the limit of {_options.MaxDocxEntries:N0}: refused as a possible zip bomb");
                return false;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > _options.MaxDocxUncompressedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 1000 && entry.Length > 1024 * 1024))
                {
                    draft.Error(0, $"the .docx unpacks to more than {_options.MaxDocxUncompressedBytes:N0} bytes (part '{entry.FullName}'): refused as a possible zip bomb");
                    return false;
                }

                if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && entry.FullName.Contains("vba", StringComparison.OrdinalIgnoreCase))
                {
                    draft.Error(0, $"the document contains macros ('{entry.FullName}'): macro-enabled documents are refused; save it as a plain .docx");
                    return false;
                }
            }

            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                draft.Error(0, "this zip is not a Word document (it has no word/document.xml)");
                return false;
            }

            return CheckXmlParts(zip, draft);
        }
        catch (InvalidDataException)
        {
            draft.Error(0, "this is not a Word .docx file (it is not a zip package); save the manuscript as .docx, .md or .txt");
            return false;
        }
    }

    private const int MaxXmlDepth = 256;

    /// <summary>
    /// Reads every part once before the SDK builds its tree. Every part's real unpacked size is counted (a zip can
    /// lie about sizes). Every part the package declares as XML (by its content type in <c>[Content_Types].xml</c>,
    /// since the SDK finds parts by content type, not by file name) or whose name says XML is read with a
    /// streaming reader: DTDs are refused, and elements nested deeper than <see cref="MaxXmlDepth"/> are refused
    /// (the SDK builds its tree recursively and would overflow the stack).
    /// </summary>
    private bool CheckXmlParts(ZipArchive zip, BookletDraft draft)
    {
        long total = 0;
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        var declared = new DeclaredContentTypes();
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName == ContentTypesPart ? 0 : 1))
        {
            using var stream = new CappedStream(entry.Open(), _options.MaxDocxUncompressedBytes - total);
            try
            {
                if (entry.FullName == ContentTypesPart || declared.IsXml(entry.FullName))
                {
                    using var reader = System.Xml.XmlReader.Create(stream, settings);
                    while (reader.Read())
                    {
                        if (reader.Depth > MaxXmlDepth)
                        {
                            draft.Error(0, $"the .docx part '{entry.FullName}' nests elements more than {MaxXmlDepth} deep: refused");
                            return false;
                        }

                        if (entry.FullName == ContentTypesPart && reader.NodeType == System.Xml.XmlNodeType.Element)
                        {
                            declared.Read(reader);
                        }
                    }
                }
                else
                {
                    stream.CopyTo(Stream.Null);
                }
            }
            catch (CappedStream.LimitException)
            {
                draft.Error(0, $"the .docx unpacks to more than {_options.MaxDocxUncompressedBytes:N0} bytes (part '{entry.FullName}'): refused as a possible zip bomb");
                return false;
            }
            catch (System.Xml.XmlException e)
            {
                draft.Error(0, $"the .docx part '{entry.FullName}' is not well-formed XML{(e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? " (DTDs are not allowed)" : string.Empty)}: {e.Message}");
                return false;
            }

            total += stream.Count;
        }

        return true;
    }

    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>The content types a package declares for its parts: overrides by part name, defaults by extension.</summary>
    private sealed class DeclaredContentTypes
    {
        private readonly Dictionary<string, string> _byPart = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _byExtension = new(StringComparer.OrdinalIgnoreCase);

        public void Read(System.Xml.XmlReader reader)
        {
            var type = reader.GetAttribute("ContentType");
            if (type is null)
            {
                return;
            }

            if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
            {
                _byPart[part.TrimStart('/')] = type;
            }
            else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
            {
                _byExtension[extension] = type;
            }
        }

        public bool IsXml(string partName)
        {
            if (partName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || partName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var type = _byPart.GetValueOrDefault(partName) ?? _byExtension.GetValueOrDefault(Path.GetExtension(partName).TrimStart('.'));
            return type is not null && (type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Checks the opened package: a template or macro-enabled document is refused; each external relationship is
    /// an error on the draft (its target is never fetched) but the text is still read, so all problems show at once.
    /// </summary>
    /// <param name="document">The opened document.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>Whether the document's text may be read.</returns>
    public static bool CheckDocument(WordprocessingDocument document, BookletDraft draft)
    {
        if (document.DocumentType != DocumentFormat.OpenXml.WordprocessingDocumentType.Document)
        {
            draft.Error(0, $"the document is a {document.DocumentType}, not a plain document: macro-enabled files and templates are refused");
            return false;
        }

        foreach (var part in document.GetAllParts().Prepend<OpenXmlPartContainer>(document))
        {
            foreach (var external in part.ExternalRelationships)
            {
                draft.Error(0, $"the document refers to an external resource ({Shorten(external.Uri.ToString())}, {external.RelationshipType.Split('/')[^1]}); it was not fetched: embed it or remove the reference");
            }
        }

        return true;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    /// <summary>A read-only stream that stops with <see cref="LimitException"/> after a number of bytes.</summary>
    private sealed class CappedStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Count += read;
            if (Count > limit)
            {
                throw new LimitException();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>The cap was reached.</summary>
        public sealed class LimitException : Exception;
    }
}
