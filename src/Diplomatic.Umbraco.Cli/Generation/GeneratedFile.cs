using System.Text;

namespace Diplomatic.Umbraco.Cli.Generation;

/// <summary>How every generated file is compared and written: byte for byte, UTF-8 without a BOM, replaced in one move.</summary>
internal static class GeneratedFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes a generated text is written as.</summary>
    public static byte[] Bytes(string text) => Utf8.GetBytes(text);

    /// <summary>Whether the file exists and holds exactly these bytes.</summary>
    public static bool IsCurrent(string path, ReadOnlySpan<byte> bytes) => File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    /// <summary>Writes the file through a temporary file moved into place, so a reader never sees half of it.</summary>
    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
