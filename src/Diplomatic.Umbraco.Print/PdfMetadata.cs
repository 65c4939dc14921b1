using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Diplomatic.Umbraco.Print;

/// <summary>The PDF's document information and language.</summary>
/// <param name="Title">The title (also the HTML title, which Chromium writes itself).</param>
/// <param name="Author">The author, or null.</param>
/// <param name="Subject">The subject, or null.</param>
/// <param name="Keywords">The keywords, comma separated, or null.</param>
/// <param name="Language">The document's natural language (the catalog's <c>/Lang</c>), e.g. <c>ur-PK</c>.</param>
public sealed record PdfMetadata(string Title, string? Author, string? Subject, string? Keywords, string Language)
{
    /// <summary>The producer written into the document information.</summary>
    public const string Creator = "Diplomatic.Umbraco print edition (headless Chromium, Paged.js)";

    /// <summary>
    /// Writes the metadata into a PDF: Chromium writes only the title (from <c>&lt;title&gt;</c>), so author, subject,
    /// keywords and <c>/Lang</c> are set here with PDFsharp, which keeps the rest (tags, outline, links) as it is.
    /// </summary>
    /// <param name="pdf">The PDF Chromium printed.</param>
    /// <param name="pageCount">The document's page count.</param>
    /// <returns>The PDF with the metadata.</returns>
    public byte[] ApplyTo(byte[] pdf, out int pageCount)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.Title = Title;
        document.Info.Author = Author ?? string.Empty;
        document.Info.Subject = Subject ?? string.Empty;
        document.Info.Keywords = Keywords ?? string.Empty;
        document.Info.Creator = Creator;
        document.Internals.Catalog.Elements.SetString("/Lang", Language);
        pageCount = document.PageCount;
        using var output = new MemoryStream(pdf.Length + 4096);
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
