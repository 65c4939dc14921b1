using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Synchronisation.Content;

namespace Diplomatic.Umbraco.Cli;

/// <summary>A read manuscript as uSync content files: the one function the CLI and the drift test share.</summary>
internal static class BookletUSyncExport
{
    /// <summary>The create date written when the booklet has no publish date (uSync only reads it on create).</summary>
    public static readonly DateTime DefaultCreateDate = new(2017, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The uSync content files of a draft without errors.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="wordsPerMinute">The reading speed for reading time.</param>
    /// <returns>The files.</returns>
    /// <exception cref="InvalidOperationException">The draft has errors.</exception>
    public static IReadOnlyList<USyncContentFile> Files(BookletDraft draft, int wordsPerMinute = Importing.ReadingTime.ReadingTimeCalculator.DefaultWordsPerMinute)
    {
        if (draft.HasErrors)
        {
            throw new InvalidOperationException($"{draft.File} has errors; nothing is written.");
        }

        return USyncContentWriter.Write([BookletContentMapper.ToTree(draft, wordsPerMinute)], draft.PublishDate ?? DefaultCreateDate);
    }
}
