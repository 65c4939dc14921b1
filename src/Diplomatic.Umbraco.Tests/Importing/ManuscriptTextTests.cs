using System.Text;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Tests.Importing;

public class ManuscriptTextTests
{
    private static BookletDraft Read(byte[] bytes, string file = "text.md") => new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(bytes), file);

    [Fact]
    public void A_nul_byte_after_the_first_8_kb_is_refused_with_its_line()
    {
        var text = "---\ntitle: T\n---\n# A\n\n" + string.Concat(Enumerable.Repeat("A line of ordinary text for the booklet.\n", 400));
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0 }).Concat(Encoding.UTF8.GetBytes("\nmore\n")).ToArray();
        Assert.True(bytes.Length > 8192 + 1000);

        var error = Assert.Single(Read(bytes).Problems);

        Assert.Equal("text.md(406): error: this is a binary file, not text (it contains NUL bytes); save the manuscript as Markdown (.md), plain text (.txt), a web page (.html) or Word (.docx)", error.ToString());
    }

    [Fact]
    public void A_nul_character_in_utf16_text_is_refused()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: T\n---\n# A\n\nx\0y\n")).ToArray();
        Assert.Contains("contains NUL characters", Assert.Single(Read(bytes).Problems).Message);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Utf32_is_named_not_read_as_utf16(bool bigEndian, bool byteOrderMark)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("---\ntitle: Azerbaijan\n---\n# A\n\nBody.\n")).ToArray();

        var problem = Assert.Single(Read(bytes).Problems);

        Assert.Equal("text.md: error: the text is UTF-32; save it as UTF-8 (or UTF-16 with a byte-order mark)", problem.ToString());
    }
}
