using System.Text;
using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.DeliveryApi.Indexing;

/// <summary>
/// Reads the items of a stored multi-value property without a JSON DOM: a JSON array of strings
/// (<c>["Azerbaijan","Pakistan"]</c>, what the dropdown and tags editors store) or a comma-separated list
/// (<c>umb://document/…,umb://document/…</c>, what the content picker stores; also tags in CSV mode). The forms are
/// <see cref="StoredValues"/>' (which writes them); this is the lenient, allocation-free reader the index needs, and
/// leaves each item (a UDI, say) to the caller. Unescaped items are slices of the stored text, so the common case
/// allocates nothing.
/// </summary>
internal ref struct ValueListReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _json;
    private int _position;

    /// <summary>Starts reading a stored value.</summary>
    /// <param name="text">The stored text; null or blank reads as no items.</param>
    public ValueListReader(string? text)
    {
        _text = text is null ? default : text.AsSpan().Trim();
        _json = _text.Length > 0 && _text[0] == '[';
        _position = _json ? 1 : 0;
    }

    /// <summary>Reads the next non-empty item, trimmed.</summary>
    /// <param name="item">The item.</param>
    /// <returns>False when there are no more items (or the JSON is cut short).</returns>
    public bool TryReadNext(out ReadOnlySpan<char> item)
    {
        item = default;
        while (_position < _text.Length)
        {
            if (_json)
            {
                var c = _text[_position];
                if (c == ']')
                {
                    _position = _text.Length;
                    return false;
                }

                if (c == ',' || char.IsWhiteSpace(c))
                {
                    _position++;
                    continue;
                }

                if (c == '"')
                {
                    if (!TryReadJsonString(out item))
                    {
                        return false;
                    }
                }
                else
                {
                    // A bare JSON token (a number, true, null): read up to the next separator.
                    var rest = _text[_position..];
                    var end = rest.IndexOfAny(',', ']');
                    end = end < 0 ? rest.Length : end;
                    item = rest[..end].Trim();
                    _position += end;
                    if (item.SequenceEqual("null"))
                    {
                        continue;
                    }
                }
            }
            else
            {
                var rest = _text[_position..];
                var end = rest.IndexOf(StoredValues.ListSeparator);
                end = end < 0 ? rest.Length : end;
                item = rest[..end];
                _position += end + 1;
            }

            item = item.Trim();
            if (!item.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadJsonString(out ReadOnlySpan<char> item)
    {
        item = default;
        var start = _position + 1;
        var escaped = false;
        for (var i = start; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\')
            {
                escaped = true;
                i++;
                continue;
            }

            if (c == '"')
            {
                var raw = _text[start..i];
                _position = i + 1;
                item = escaped ? Unescape(raw) : raw;
                return true;
            }
        }

        _position = _text.Length;
        return false;
    }

    private static ReadOnlySpan<char> Unescape(ReadOnlySpan<char> raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = raw[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u' when i + 4 < raw.Length
                    && ushort.TryParse(raw.Slice(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }
}
