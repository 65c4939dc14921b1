using System.IO.Compression;
using System.Text;
using Diplomatic.Umbraco.Cli;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

/// <summary>
/// The bad-input corpus: every case gives a clear message naming the file and the line, the CLI exits with an
/// error, and nothing is written.
/// </summary>
public class BadInputCorpusTests
{
    private const string Ok = "---\ntitle: T\ncountries: [Azerbaijan, Pakistan]\n---\n# Article\n\nAuthor: Jane Doe\n\nBody.\n";

    public sealed record Case(string Name, string FileName, Func<byte[]> Content, string Message, int Line)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(bytes);
    }

    private static byte[] WithDocumentXml(string xml)
    {
        var bytes = new DocxFactory().Paragraph("Title", "T").Build();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            Entry(zip, "word/document.xml", Utf8(xml));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A .docx whose styles part is named <c>word/styles.dat</c> (the SDK finds it by its declared XML content type)
    /// and nests elements <paramref name="depth"/> deep.
    /// </summary>
    private static byte[] NestedStylesUnderAnotherName(int depth)
    {
        var bytes = new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").Text("B").Build();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            string ReadEntry(string name)
            {
                using var reader = new StreamReader(zip.GetEntry(name)!.Open());
                return reader.ReadToEnd();
            }

            void Replace(string name, string text)
            {
                zip.GetEntry(name)?.Delete();
                Entry(zip, name, Utf8(text));
            }

            var types = ReadEntry("[Content_Types].xml").Replace("/word/styles.xml", "/word/styles.dat", StringComparison.Ordinal);
            var rels = ReadEntry("word/_rels/document.xml.rels").Replace("styles.xml", "styles.dat", StringComparison.Ordinal);
            zip.GetEntry("word/styles.xml")!.Delete();
            Replace("[Content_Types].xml", types);
            Replace("word/_rels/document.xml.rels", rels);
            Entry(zip, "word/styles.dat", Utf8(
                "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + string.Concat(Enumerable.Repeat("<w:style>", depth)) + string.Concat(Enumerable.Repeat("</w:style>", depth)) + "</w:styles>"));
        }

        return stream.ToArray();
    }

    private static byte[] Nested(int depth) => WithDocumentXml(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))
        + "</w:body></w:document>");

    public static readonly Case[] Cases =
    [
        new("empty file", "empty.md", () => [], "the file is empty", 0),
        new("only white space", "blank.md", () => Utf8(" \n\t\n"), "the file is empty", 0),
        new("binary file", "image.md", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "binary file", 3),
        new("invalid UTF-8", "latin1.md", () => [.. Utf8("---\ntitle: T\n---\n# A\n\ncaf"), 0xE9, .. Utf8(" noir\n")], "not valid UTF-8", 6),
        new("no title", "untitled.md", () => Utf8("Just some text.\n"), "has no title", 1),
        new("front matter never closed", "open.md", () => Utf8("---\ntitle: T\n# A\n\nBody.\n"), "never closed", 1),
        new("front matter not YAML", "yaml.md", () => Utf8("---\ntitle: T\ncountries: [Azerbaijan\n---\n# A\n"), "not valid YAML", 4),
        new("front matter not a mapping", "list.md", () => Utf8("---\n- a\n- b\n---\n# A\n"), "'field: value'", 2),
        new("unknown country", "country.md", () => Utf8("---\ntitle: T\ncountries: [Azerbaijan, Atlantis]\n---\n# A\n\nB.\n"), "unknown country \"Atlantis\"", 3),
        new("impossible date", "date.md", () => Utf8(Ok + "\n```event\ntitle: E\ndate: 2016-02-30\n```\n"), "2016-02-30 is an impossible date", 13),
        new("date in another form", "dateform.md", () => Utf8(Ok + "\n```event\ntitle: E\ndate: 14/05/2016\n```\n"), "is not a date", 13),
        new("event without a date", "nodate.md", () => Utf8(Ok + "\n```event\ntitle: Visit\ntype: State visit\n```\n"), "event \"Visit\" has no date", 11),
        new("duplicate article titles", "dup.md", () => Utf8(Ok + "\n# Article\n\nAgain.\n"), "duplicate article title \"Article\" (first at line 5)", 11),
        new("fact box without statement", "fact.md", () => Utf8(Ok + "\n```factbox\nheadline: H\n```\n"), "fact box has no 'statement'", 11),
        new("unknown event type", "type.md", () => Utf8(Ok + "\n```event\ntitle: E\ndate: 2015\ntype: Party\n```\n"), "unknown event type \"Party\"", 14),
        new("figure not a number", "figure.md", () => Utf8(Ok + "\n```factbox\nheadline: H\nstatement: S\nfigure: seven\n```\n"), "figure \"seven\" is not a number", 14),
        new("unknown host country", "host.md", () => Utf8(Ok + "\n```event\ntitle: E\ndate: 2015\nhost: Narnia\n```\n"), "unknown country \"Narnia\"", 14),
        new("unknown culture", "culture.md", () => Utf8("---\ntitle: T\nculture: xx-NOPE\n---\n# A\n\nB.\n"), "unknown culture", 3),
        new("invalid ISBN", "isbn.md", () => Utf8("---\ntitle: T\nisbn: 978-0-00-000000-1\n---\n# A\n\nB.\n"), "not a valid ISBN", 3),
        new("<script> in Markdown", "script.md", () => Utf8(Ok + "\n<script>alert('x')</script>\n"), "unsafe <script> element", 11),
        new("onerror= in Markdown", "onerror.md", () => Utf8(Ok + "\nA picture <img src=x onerror=alert(1)> here.\n"), "onerror=", 11),
        new("onclick= on an allowed tag", "onclick.md", () => Utf8(Ok + "\n<p onclick=\"steal()\">Click</p>\n"), "onclick= attribute", 11),
        new("javascript: link in Markdown", "jslink.md", () => Utf8(Ok + "\n[click me](javascript:alert(1))\n"), "link to \"javascript:alert(1)\"", 11),
        new("javascript: in front-matter introduction", "intro.md", () => Utf8("---\ntitle: T\nintroduction: \"[x](javascript:alert(1))\"\n---\n# A\n\nB.\n"), "javascript:alert(1)", 3),
        new("UTF-16 without a byte-order mark", "utf16.md", () => Encoding.Unicode.GetBytes(Ok), "UTF-16 without a byte-order mark", 0),
        new("<script> pasted as plain text", "page.txt", () => Utf8("Title\n\nJane Doe\n\nHello <script>alert(1)</script>\n"), "looks like a script", 5),
        new("javascript: pasted as plain text", "link.txt", () => Utf8("Title\n\nJane Doe\n\nClick javascript:alert(1)\n"), "looks like a script", 5),
        new("quotes nested 100,000 deep", "quotes.md", () => Utf8(Ok + new string('>', 100_000) + " x\n"), "quotes or lists nested more than 32 levels deep", 10),
        new("emphasis nested 50,000 deep", "emphasis.md", () => Utf8(Ok + "\n" + new string('*', 100_000) + "x" + new string('*', 100_000) + "\n"), "a run of more than 96 emphasis characters", 11),
        new("YAML brackets nested 100,000 deep", "brackets.md", () => Utf8("---\ntitle: T\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n# A\n\nB.\n"), "nests brackets more than 32 deep", 2),
        new("unsupported type", "booklet.pdf", () => Utf8("%PDF-1.7"), "unsupported manuscript type '.pdf'", 0),
        new("text renamed .docx", "fake.docx", () => Utf8("not a zip at all"), "not a zip package", 0),
        new("zip that is not Word", "archive.docx", () => Zip(z => Entry(z, "readme.txt", Utf8("hi"))), "not a Word document", 0),
        new("zip bomb: huge part", "bomb.docx", () => Zip(z => Entry(z, "word/document.xml", new byte[8 * 1024 * 1024])), "zip bomb", 0),
        new("zip bomb: too many parts", "parts.docx", () => Zip(z => { for (var i = 0; i < 2100; i++) { Entry(z, $"word/p{i}.xml", [1]); } }), "zip bomb", 0),
        new(".docx nested 50,000 deep", "deep.docx", () => Nested(50_000), "nests elements more than 256 deep", 0),
        new(".docx XML part under a non-XML name, nested 50,000 deep", "renamed.docx", () => NestedStylesUnderAnotherName(50_000), "'word/styles.dat' nests elements more than 256 deep", 0),
        new(".docx part with a DTD", "dtd.docx", () => WithDocumentXml("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"), "DTDs are not allowed", 0),
        new(".docx with macros", "macro.docx", () => new DocxFactory { WithMacros = true }.Paragraph("Title", "T").Paragraph("Heading1", "A").Text("B").Build(), "macros", 0),
        new(".docx with an external image", "external.docx", () => new DocxFactory { ExternalImage = new Uri("http://tracker.example/pixel.png") }.Paragraph("Title", "T").Paragraph("Heading1", "A").Text("B").Build(), "it was not fetched", 0),
        new("javascript: link in Word", "jslink.docx", () => new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").Text("Go ", DocxFactory.Link("here", "javascript:alert(1)")).Build(), "link to \"javascript:alert(1)\"", 3),
        new("Word fact box without headline", "fact.docx", () => new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").Table(["Fact box"], ["Statement", "S"]).Build(), "fact box has no 'headline'", 3),
        new("Word timeline with impossible date", "timeline.docx", () => new DocxFactory().Paragraph("Title", "T").Paragraph("Heading1", "A").Text("B").Table(["Timeline"], ["Date", "Title"], ["2015-13", "E"]).Build(), "2015-13 is an impossible date", 4),
    ];

    public static TheoryData<Case> AllCases()
    {
        var data = new TheoryData<Case>();
        foreach (var item in Cases)
        {
            data.Add(item);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_25_cases() => Assert.True(Cases.Length >= 25, $"{Cases.Length} cases");

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Each_case_names_file_and_line_and_the_import_writes_nothing(Case item)
    {
        var folder = Directory.CreateTempSubdirectory("bad-input-").FullName;
        try
        {
            var path = Path.Combine(folder, item.FileName);
            File.WriteAllBytes(path, item.Content());
            var output = new StringWriter();
            var error = new StringWriter();
            var outFolder = Path.Combine(folder, "uSync");

            var exit = DiplomaticCommand.Run(["booklet", "import", path, "--out", outFolder], output, error);

            var expected = item.Line > 0 ? $"{item.FileName}({item.Line}): error: " : $"{item.FileName}: error: ";
            var lines = output.ToString().Split('\n');
            Assert.True(
                lines.Any(l => l.StartsWith(expected, StringComparison.Ordinal) && l.Contains(item.Message, StringComparison.Ordinal)),
                $"expected a line starting '{expected}' containing '{item.Message}', got:\n{output}{error}");
            Assert.Equal(CliExitCodes.ProblemsFound, exit);
            Assert.False(Directory.Exists(outFolder), "something was written");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_60_mb_file_is_refused_by_its_length_before_it_is_read()
    {
        var folder = Directory.CreateTempSubdirectory("bad-input-").FullName;
        try
        {
            var path = Path.Combine(folder, "huge.md");
            using (var file = File.Create(path))
            {
                file.SetLength(60L * 1024 * 1024); // sparse: nothing is allocated
            }

            var output = new StringWriter();
            var exit = DiplomaticCommand.Run(["booklet", "import", path, "--out", Path.Combine(folder, "out")], output, new StringWriter());
            Assert.Equal(CliExitCodes.ProblemsFound, exit);
            Assert.Contains("huge.md: error: the file is 62,914,560 bytes, over the 20,971,520-byte limit", output.ToString());
            Assert.False(Directory.Exists(Path.Combine(folder, "out")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_stream_that_cannot_say_its_length_is_cut_off_at_the_configured_cap()
    {
        var stream = new EndlessStream();
        var draft = new ManuscriptReader(new ImportingOptions { MaxFileBytes = 1024 * 1024 }).Read(stream, "stream.md");
        Assert.Equal("stream.md: error: the file is over the 1,048,576-byte limit (Diplomatic:Importing:MaxFileBytes)", Assert.Single(draft.Problems).ToString());
        Assert.InRange(stream.Served, 1024 * 1024, (1024 * 1024) + 81920);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_with_a_byte_order_mark_reads_like_utf8(bool bigEndian)
    {
        var text = "---\ntitle: Azərbaycan\n---\n# پاکستان\n\nDostluq.\n";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble().Concat(new UnicodeEncoding(bigEndian, false).GetBytes(text.Replace("\n", "\r\n"))).ToArray();
        var draft = new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(bytes), "utf16.md");
        Assert.False(draft.HasErrors, string.Join("\n", draft.Problems));
        Assert.Equal("Azərbaycan", draft.Title);
        Assert.Equal("پاکستان", draft.Articles[0].Title);
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
