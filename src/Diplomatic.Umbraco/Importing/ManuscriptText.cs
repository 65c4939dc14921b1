using System.Text;

namespace Diplomatic.Umbraco.Importing;

/// <summary>
/// Turns a text manuscript's bytes into text: BOMs honoured (UTF-8, UTF-16), UTF-32 named and refused, a NUL
/// anywhere (binary) and invalid UTF-8 refused.
/// </summary>
internal static class ManuscriptText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes; problems go to the draft and null comes back when the text cannot be read.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <returns>The text with LF line endings, or null.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, BookletDraft draft)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || LooksLikeUtf32(bytes))
        {
            // Checked before UTF-16: the UTF-32 little-endian mark starts with the UTF-16 one.
            draft.Error(0, "the text is UTF-32; save it as UTF-8 (or UTF-16 with a byte-order mark)");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            if (bytes.Length % 2 != 0)
            {
                draft.Error(0, "the file starts with a UTF-16 byte-order mark but has an odd number of bytes: it is truncated or not UTF-16");
                return null;
            }

            try
            {
                text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                draft.Error(0, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
                return null;
            }

            if (text.IndexOf('\0') is var nulChar and >= 0)
            {
                draft.Error(1 + text.AsSpan(0, nulChar).Count('\n'), "this is a binary file, not text (it contains NUL characters); save the manuscript as Markdown (.md), plain text (.txt), a web page (.html) or Word (.docx)");
                return null;
            }
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            // Anywhere in the file, not only its start: a NUL after the first page is as binary as one on it.
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0 && LooksLikeUtf16(bytes))
            {
                draft.Error(0, "the text looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)");
                return null;
            }

            if (nul >= 0)
            {
                draft.Error(LineAt(bytes, nul), "this is a binary file, not text (it contains NUL bytes); save the manuscript as Markdown (.md), plain text (.txt), a web page (.html) or Word (.docx)");
                return null;
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                _ = e;
                var offset = FirstInvalidUtf8(bytes);
                draft.Error(LineAt(bytes, offset), $"the text is not valid UTF-8 (byte offset {offset:N0}); save the file as UTF-8");
                return null;
            }
        }

        if (text.AsSpan().IndexOfAnyExcept(" \t\r\n\u00A0\uFEFF") < 0)
        {
            draft.Error(0, "the file is empty");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static bool LooksLikeUtf32(ReadOnlySpan<byte> bytes)
    {
        // Mostly-ASCII UTF-32 without a mark: three NULs in every four bytes, the letter always at the same end.
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~3)];
        if (sample.Length < 8)
        {
            return false;
        }

        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 4)
        {
            var middle = sample[i + 1] == 0 && sample[i + 2] == 0;
            little += middle && sample[i + 3] == 0 && sample[i] != 0 ? 1 : 0;
            big += middle && sample[i] == 0 && sample[i + 3] != 0 ? 1 : 0;
        }

        var quarter = sample.Length / 4;
        return little > quarter * 0.8 || big > quarter * 0.8;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        // Mostly-ASCII UTF-16 has a NUL in every other byte, all on the same side.
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            even += sample[i] == 0 ? 1 : 0;
            odd += sample[i + 1] == 0 ? 1 : 0;
        }

        var half = sample.Length / 2;
        return (even > half * 0.8 && odd == 0) || (odd > half * 0.8 && even == 0);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => 1 + bytes[..Math.Clamp(offset, 0, bytes.Length)].Count((byte)'\n');
}
