using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Diplomatic.Umbraco.Synchronisation;

/// <summary>
/// Reads and writes uSync <c>.config</c> files the way uSync 17 does: UTF-8 with BOM, an XML declaration,
/// 2-space indentation, LF line endings and no final newline, so that uSync's "no change" hash check holds.
/// Reading is safe: no DTDs, no external entities, a size cap, and line numbers kept for messages.
/// </summary>
public static class USyncXml
{
    /// <summary>The largest file the reader accepts (uSync's own files are a few kilobytes).</summary>
    public const long DefaultMaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Serialises an item element into the exact bytes uSync would write.</summary>
    /// <param name="root">The item's root element.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] ToBytes(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var settings = new XmlWriterSettings
        {
            Encoding = Utf8WithBom,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = true,
        };

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            root.WriteTo(writer);
        }

        // XmlWriter writes the BOM itself; the declaration is written by hand because XmlWriter would say
        // encoding="utf-8" only for a TextWriter, and uSync's files say exactly this.
        var body = stream.ToArray();
        var preamble = Utf8WithBom.GetPreamble();
        var declaration = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        var offset = body.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return [.. preamble, .. declaration, .. body.AsSpan(offset)];
    }

    /// <summary>Writes an item element to a file, creating its folder; the file is replaced whole or not at all.</summary>
    /// <param name="root">The item's root element.</param>
    /// <param name="path">The file path.</param>
    public static void Save(XElement root, string path)
    {
        var bytes = ToBytes(root);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Loads a uSync file safely: DTDs are refused, no external resource is resolved, the size is capped, and
    /// elements keep their line numbers (<see cref="IXmlLineInfo"/>).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <returns>The document.</returns>
    /// <exception cref="USyncFileException">The file is too large, not well-formed, or has a DTD.</exception>
    public static XDocument Load(string path, long maxBytes = DefaultMaxFileBytes)
    {
        var info = new FileInfo(path);
        if (info.Length > maxBytes)
        {
            throw new USyncFileException(path, 0, $"the file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path, maxBytes);
    }

    /// <summary>Loads a uSync document from a stream, with the same safety rules as <see cref="Load(string, long)"/>.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="name">The file name used in messages.</param>
    /// <param name="maxBytes">The largest number of characters accepted.</param>
    /// <returns>The document.</returns>
    /// <exception cref="USyncFileException">The content is not well-formed or has a DTD.</exception>
    public static XDocument Load(Stream stream, string name, long maxBytes = DefaultMaxFileBytes)
    {
        var bytes = ReadCapped(stream, name, maxBytes);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxBytes,
            MaxCharactersFromEntities = 0,
        };

        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            var isDtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            // A prohibited DTD is reported without a position: find the DOCTYPE ourselves.
            var line = e.LineNumber > 0 ? e.LineNumber : isDtd ? LineOfText(bytes, "<!DOCTYPE") : 0;
            var message = isDtd
                ? "a DOCTYPE/DTD is not allowed (entities could read files or explode in memory)"
                : $"the XML is not well-formed: {e.Message}";
            throw new USyncFileException(name, line, message, e);
        }
    }

    /// <summary>The line an element or attribute starts on, or 0 when unknown.</summary>
    /// <param name="node">An element or attribute loaded with line information.</param>
    /// <returns>The 1-based line number.</returns>
    public static int LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
    private static byte[] ReadCapped(Stream stream, string name, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new USyncFileException(name, 0, $"the file is over the {maxBytes:N0}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static int LineOfText(byte[] bytes, string text)
    {
        var content = Encoding.UTF8.GetString(bytes);
        var index = content.IndexOf(text, StringComparison.Ordinal);
        return index < 0 ? 0 : 1 + content.AsSpan(0, index).Count('\n');
    }
}

/// <summary>A uSync file could not be read; the message names the file and the line.</summary>
public sealed class USyncFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line (0 when unknown).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying exception.</param>
    public USyncFileException(string file, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file}({line}): {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>The line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
