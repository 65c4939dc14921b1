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

        return Finish(text, draft);
    }

    /// <summary>
    /// Decodes a seekable stream of plain UTF-8 (the common case: no NUL, valid, no UTF-16/32 mark) straight into
    /// one string with LF line endings, reading it twice in small chunks: no copy of the bytes is kept and no
    /// second string is made for the line endings, so a 20 MB file costs its text (2×) and nothing more. Anything
    /// else (a mark, a NUL, invalid bytes) comes back false with the stream where it was, for <see cref="Decode"/>
    /// to read from the bytes and name the problem exactly.
    /// </summary>
    /// <param name="stream">The file, at its start, seekable.</param>
    /// <param name="draft">The draft collecting problems.</param>
    /// <param name="text">The text, or null (empty file: the problem is on the draft).</param>
    /// <returns>Whether the stream was read here.</returns>
    public static bool TryDecodeUtf8(Stream stream, BookletDraft draft, out string? text)
    {
        text = null;
        var start = stream.Position;
        var buffer = new byte[ChunkBytes];
        var decoder = StrictUtf8.GetDecoder();
        var scratch = new char[ChunkBytes + 4]; // a character held over from the last chunk may add one or two
        long chars = 0, pairs = 0;
        var first = true;
        var afterReturn = false;
        int read;
        try
        {
            while ((read = Fill(stream, buffer)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                if (first)
                {
                    first = false;
                    if (chunk[0] is 0xFF or 0xFE)
                    {
                        // A UTF-16 or UTF-32 mark (or not text): the byte path names it.
                        stream.Position = start;
                        return false;
                    }

                    if (chunk.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    {
                        chunk = chunk[3..];
                    }
                }

                if (chunk.IndexOf((byte)0) >= 0)
                {
                    stream.Position = start;
                    return false;
                }

                // CR and LF are single bytes in UTF-8 and never part of another character: counted on the bytes.
                pairs += chunk.Count("\r\n"u8) + (afterReturn && chunk.Length > 0 && chunk[0] == '\n' ? 1 : 0);
                afterReturn = chunk.Length > 0 ? chunk[^1] == '\r' : afterReturn;
                // GetChars, not GetCharCount: only it carries a character cut by the chunk's end over to the next.
                chars += decoder.GetChars(chunk, scratch, flush: false);
            }

            chars += decoder.GetChars([], scratch, flush: true);
        }
        catch (DecoderFallbackException)
        {
            stream.Position = start;
            return false;
        }

        if (chars - pairs > int.MaxValue / 2)
        {
            stream.Position = start;
            return false;
        }

        stream.Position = start;
        var complete = true;
        var decoded = string.Create((int)(chars - pairs), stream, (span, input) =>
        {
            var reader = new LfUtf8Chunks(input);
            var written = 0;
            while (reader.TryNext(out var chunk))
            {
                if (written + chunk.Length > span.Length)
                {
                    complete = false;
                    return;
                }

                chunk.Span.CopyTo(span[written..]);
                written += chunk.Length;
            }

            complete &= !reader.Invalid && written == span.Length;
        });

        if (!complete)
        {
            draft.Error(0, "the file changed while it was read; read it again");
            return true;
        }

        text = Finish(decoded, draft);
        return true;
    }

    /// <summary>
    /// Decodes a seekable UTF-8 stream again, exactly as <see cref="TryDecodeUtf8"/> did, and hands its text back a
    /// piece at a time: <paramref name="skip"/> characters dropped, then one string per piece, so a reader can work
    /// through a long manuscript without the whole text in memory. Each piece must match the fingerprint taken of
    /// the first decoding (<see cref="Fingerprint"/>), and the text must end after the last: otherwise the file
    /// changed in between, which goes to the draft, and the pieces stop.
    /// </summary>
    /// <param name="stream">The file, at the position the first decoding started from.</param>
    /// <param name="skip">How many characters of the text come before the first piece.</param>
    /// <param name="pieces">The pieces' lengths and fingerprints, in order, together running to the text's end.</param>
    /// <param name="draft">The draft collecting the problem.</param>
    /// <returns>The pieces' text.</returns>
    public static IEnumerable<string> DecodeAgain(Stream stream, int skip, IReadOnlyList<(int Length, int Fingerprint)> pieces, BookletDraft draft)
    {
        var reader = new LfUtf8Chunks(stream);
        var changed = !reader.Skip(skip);
        foreach (var (length, fingerprint) in pieces)
        {
            if (changed)
            {
                break;
            }

            // Straight into the piece's string: no buffer as long as the piece (a one-article manuscript is all piece).
            var filled = false;
            var text = string.Create(length, reader, (span, from) => filled = from.Read(span));
            if (!filled || Fingerprint(text) != fingerprint)
            {
                changed = true;
                break;
            }

            yield return text;
        }

        if (changed || !reader.AtEnd() || reader.Invalid)
        {
            draft.Error(0, "the file changed while it was read; read it again");
        }
    }

    /// <summary>A fingerprint of a piece of text, to tell a second decoding from the first (the same within a process).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fingerprint.</returns>
    public static int Fingerprint(ReadOnlySpan<char> text) => string.GetHashCode(text, StringComparison.Ordinal);

    /// <summary>
    /// A UTF-8 stream (a leading mark skipped) read as text with CR LF and lone CR made LF, a chunk at a time into
    /// small buffers. Invalid bytes end it with <see cref="Invalid"/> set.
    /// </summary>
    private sealed class LfUtf8Chunks(Stream stream)
    {
        private readonly byte[] _bytes = new byte[ChunkBytes];
        private readonly char[] _chars = new char[ChunkBytes + 4]; // a character held over from the last chunk may add one or two
        private readonly Decoder _utf8 = StrictUtf8.GetDecoder();
        private bool _head = true;
        private bool _skipNewline;
        private bool _done;

        private ReadOnlyMemory<char> _pending;

        /// <summary>Whether the bytes stopped being valid UTF-8.</summary>
        public bool Invalid { get; private set; }

        /// <summary>Fills the destination with the next characters; false when the text ends first.</summary>
        public bool Read(Span<char> destination)
        {
            while (destination.Length > 0)
            {
                if (_pending.IsEmpty && !TryNext(out _pending))
                {
                    return false;
                }

                var take = Math.Min(destination.Length, _pending.Length);
                _pending.Span[..take].CopyTo(destination);
                destination = destination[take..];
                _pending = _pending[take..];
            }

            return true;
        }

        /// <summary>Passes over the next characters; false when the text ends first.</summary>
        public bool Skip(int count)
        {
            while (count > 0)
            {
                if (_pending.IsEmpty && !TryNext(out _pending))
                {
                    return false;
                }

                var drop = Math.Min(count, _pending.Length);
                count -= drop;
                _pending = _pending[drop..];
            }

            return true;
        }

        /// <summary>Whether no characters are left.</summary>
        public bool AtEnd()
        {
            while (_pending.IsEmpty)
            {
                if (!TryNext(out _pending))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The next chunk of text (possibly empty); false at the end. Not mixed with the methods above.</summary>
        public bool TryNext(out ReadOnlyMemory<char> chunk)
        {
            chunk = ReadOnlyMemory<char>.Empty;
            if (_done)
            {
                return false;
            }

            var count = Fill(stream, _bytes);
            var bytes = _bytes.AsSpan(0, count);
            if (_head && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            _head = false;
            _done = count == 0;
            int made;
            try
            {
                made = _utf8.GetChars(bytes, _chars, flush: count == 0);
            }
            catch (DecoderFallbackException)
            {
                Invalid = true;
                _done = true;
                return false;
            }

            // Made LF in place: the written position never passes the read one.
            var written = 0;
            foreach (var c in _chars.AsSpan(0, made))
            {
                if (_skipNewline && c == '\n')
                {
                    _skipNewline = false;
                    continue;
                }

                _skipNewline = c == '\r';
                _chars[written++] = c == '\r' ? '\n' : c;
            }

            chunk = _chars.AsMemory(0, written);
            return true;
        }
    }

    /// <summary>A whole chunk unless the stream ends (a stream may return less than asked: a mark is never split).</summary>
    private static int Fill(Stream stream, byte[] buffer) => stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

    /// <summary>Small enough to stay out of the large-object heap.</summary>
    private const int ChunkBytes = 32 * 1024;

    private static string? Finish(string text, BookletDraft draft)
    {
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
