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

    public static TheoryData<string, bool> Texts()
    {
        // 32 KB is the streaming decoder's chunk: line endings and a four-byte character across its edge.
        var edge = new string('a', (32 * 1024) - 1);
        return new()
        {
            { "# A\r\n\r\nBody ə ö.\r\n", false },
            { "# A\rBody\r\r\nmore\n\r", true },
            { edge + "\r\nafter", false },
            { edge + "\r\r\n\rafter", true },
            { edge[..^2] + "😀 after\r\n", false },
            { string.Concat(Enumerable.Repeat("Pakistan و آذربائیجان 😀\r\n", 5000)), true },
            { " \r\n\t ", false },
        };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Utf8_read_from_the_stream_is_the_text_read_from_the_bytes(string text, bool byteOrderMark)
    {
        var bytes = (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var fromBytes = new BookletDraft { File = "a.md" };
        var fromStream = new BookletDraft { File = "a.md" };

        var expected = ManuscriptText.Decode(bytes, fromBytes);
        Assert.True(ManuscriptText.TryDecodeUtf8(new MemoryStream(bytes), fromStream, out var actual));

        Assert.Equal(expected, actual);
        Assert.Equal(fromBytes.Problems.Select(p => p.ToString()), fromStream.Problems.Select(p => p.ToString()));
        Assert.DoesNotContain('\r', actual ?? string.Empty);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0x00 })]
    [InlineData(new byte[] { (byte)'a', 0xC3 })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    public void Anything_but_plain_utf8_is_left_to_the_bytes_with_the_stream_where_it_was(byte[] bytes)
    {
        var stream = new MemoryStream(bytes);
        var draft = new BookletDraft { File = "a.md" };

        Assert.False(ManuscriptText.TryDecodeUtf8(stream, draft, out var text));

        Assert.Null(text);
        Assert.Equal(0, stream.Position);
        Assert.Empty(draft.Problems);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decoded_again_in_pieces_the_stream_gives_back_the_text_it_gave_once(string text, bool byteOrderMark)
    {
        var bytes = (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var draft = new BookletDraft { File = "a.md" };
        var stream = new MemoryStream(bytes);
        Assert.True(ManuscriptText.TryDecodeUtf8(stream, draft, out var once));
        if (once is null)
        {
            return; // an empty text: nothing to decode again
        }

        // Pieces of uneven lengths after a skipped head, so they start and end inside the decoder's chunks.
        var skip = once.Length / 7;
        var pieces = new List<(int Length, int Fingerprint)>();
        for (int start = skip, length = 3; start < once.Length; start += length, length = length * 5 % 40_000 + 1)
        {
            length = Math.Min(length, once.Length - start);
            pieces.Add((length, ManuscriptText.Fingerprint(once.AsSpan(start, length))));
        }

        stream.Position = 0;
        var again = string.Concat(ManuscriptText.DecodeAgain(stream, skip, pieces, draft));

        Assert.Equal(once[skip..], again);
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public void A_file_that_changed_before_it_is_decoded_again_stops_with_an_error()
    {
        var bytes = Encoding.UTF8.GetBytes("# A\n\nFirst.\n# B\n\nSecond.\n");
        var draft = new BookletDraft { File = "a.md" };
        var stream = new MemoryStream(bytes);
        Assert.True(ManuscriptText.TryDecodeUtf8(stream, draft, out var once));
        var second = once!.IndexOf("# B", StringComparison.Ordinal);
        var pieces = new[] { (second, ManuscriptText.Fingerprint(once.AsSpan(0, second))), (once.Length - second, ManuscriptText.Fingerprint(once.AsSpan(second))) };

        bytes[^3] = (byte)'D'; // "Second." becomes "SecoDd."
        stream.Position = 0;
        var again = ManuscriptText.DecodeAgain(stream, 0, pieces, draft).ToList();

        Assert.Equal(["# A\n\nFirst.\n"], again);
        Assert.Equal("a.md: error: the file changed while it was read; read it again", Assert.Single(draft.Problems).ToString());
    }
}
