using System.Text.Json;
using Umbraco.Cms.Core.IO;

namespace Diplomatic.Umbraco.Importing.Backoffice;

/// <summary>Opens the file behind a manuscript upload property's stored value.</summary>
internal interface IManuscriptFiles
{
    /// <summary>Opens the uploaded file, or returns null when it is not there.</summary>
    /// <param name="path">The media path (<see cref="ManuscriptFiles.PathOf"/>).</param>
    /// <returns>A readable stream, or null.</returns>
    Stream? Open(string path);
}

/// <summary>The uploaded manuscripts in Umbraco's media file system (<see cref="MediaFileManager"/>).</summary>
internal sealed class ManuscriptFiles : IManuscriptFiles
{
    private readonly MediaFileManager _media;

    /// <summary>Creates the file source.</summary>
    /// <param name="media">Umbraco's media file manager.</param>
    public ManuscriptFiles(MediaFileManager media) => _media = media;

    /// <inheritdoc />
    public Stream? Open(string path)
    {
        var relative = _media.FileSystem.GetRelativePath(path);
        return _media.FileSystem.FileExists(relative) ? _media.FileSystem.OpenFile(relative) : null;
    }

    /// <summary>
    /// The media path of an upload property's stored value: the path itself (<c>/media/…/booklet.md</c>) or the
    /// <c>src</c> of the JSON form.
    /// </summary>
    /// <param name="stored">The stored value.</param>
    /// <returns>The path, or null when empty.</returns>
    public static string? PathOf(object? stored)
    {
        var text = stored?.ToString()?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text[0] != '{')
        {
            return text;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String && src.GetString() is { Length: > 0 } path ? path : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
