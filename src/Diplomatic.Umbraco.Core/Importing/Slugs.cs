using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Diplomatic.Umbraco.Importing;

/// <summary>Slugs and the keys derived from them: the same manuscript always gives the same keys.</summary>
internal static class Slugs
{
    /// <summary>The namespace of every name-based key the importer derives (never change it: keys would change).</summary>
    public static readonly Guid Namespace = new("6f1c2a0e-5b7d-4a43-9c1e-2d8b7e4f0a51");

    /// <summary>
    /// A lower-case, hyphenated slug: accents dropped, letters and digits of every script kept (an Urdu title
    /// gives an Urdu slug), everything else a single hyphen.
    /// </summary>
    /// <param name="text">The title or name.</param>
    /// <returns>The slug, never empty.</returns>
    public static string From(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalised.Length);
        var hyphen = false;
        var previous = ' ';
        foreach (var c in normalised)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                // Accents on Latin letters go (Azərbaycan → azərbaycan keeps ə, é → e); marks of other scripts are letters' parts.
                if (previous <= '\u024F')
                {
                    continue;
                }

                builder.Append(c);
                continue;
            }

            previous = c;

            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                hyphen = false;
                builder.Append(char.ToLowerInvariant(c == 'ı' ? 'i' : c));
            }
            else if (c != '\'' && c != '’')
            {
                hyphen = true;
            }
        }

        return builder.Length == 0 ? "untitled" : builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A name-based (version 5, SHA-1) UUID, as RFC 9562 §5.5 defines it.</summary>
    /// <param name="namespaceId">The namespace.</param>
    /// <param name="name">The name.</param>
    /// <returns>The UUID.</returns>
    public static Guid Uuid5(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what UUID v5 is defined with; it is an identifier, not a security measure.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>The key of an item derived from a path of slugs, e.g. <c>booklet/azerbaijan-pakistan-relations/article/…</c>.</summary>
    /// <param name="path">The slug path.</param>
    /// <returns>The key.</returns>
    public static Guid Key(string path) => Uuid5(Namespace, path);
}
