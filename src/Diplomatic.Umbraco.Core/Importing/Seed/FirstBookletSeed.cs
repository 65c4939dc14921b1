using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.Importing.Seed;

/// <summary>
/// The first booklet, "Azerbaijan-Pakistan Relations", as seed content: the manuscript committed at
/// <c>content/booklets/azerbaijan-pakistan-relations.md</c> (embedded in the assembly) read by the importer and
/// mapped by <see cref="BookletContentMapper.ToTree"/>, the same tree (same keys, names and values) that
/// <c>uSync/v17/Content/</c> is generated from, so a site that gets the booklet from both uSync and the installer
/// holds it once. The tree is the magazine root with the authors container and the booklet.
/// </summary>
internal sealed class FirstBookletSeed : IContentSeed
{
    /// <summary>The manuscript's file name (problems name it).</summary>
    public const string FileName = "azerbaijan-pakistan-relations.md";

    /// <summary>The embedded resource holding the manuscript.</summary>
    public const string ResourceName = "Diplomatic.Umbraco.Importing.Seed." + FileName;

    private readonly Lazy<IReadOnlyList<ContentNode>> _roots;

    /// <summary>Creates the seed; the manuscript is read when <see cref="Roots"/> is first asked for.</summary>
    /// <param name="reader">The manuscript reader.</param>
    /// <param name="wordsPerMinute">The reading speed for the articles' reading time.</param>
    public FirstBookletSeed(ManuscriptReader reader, int wordsPerMinute)
    {
        _roots = new Lazy<IReadOnlyList<ContentNode>>(() => [BookletContentMapper.ToTree(Read(reader), wordsPerMinute)]);
    }

    /// <inheritdoc />
    public string Name => "Diplomatic.Booklet.azerbaijan-pakistan-relations";

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The embedded manuscript has errors (a build that breaks it fails its tests first).</exception>
    public IReadOnlyList<ContentNode> Roots => _roots.Value;

    private static BookletDraft Read(ManuscriptReader reader)
    {
        using var stream = typeof(FirstBookletSeed).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded seed manuscript {ResourceName} is missing from the assembly.");
        var draft = reader.Read(stream, FileName);
        if (draft.HasErrors)
        {
            throw new InvalidOperationException($"The seed manuscript has errors:\n{string.Join("\n", draft.Problems.Where(p => p.Severity == ProblemSeverity.Error))}");
        }

        return draft;
    }
}
