namespace Diplomatic.Umbraco.Tests.Support;

/// <summary>
/// The shared corpus beside the repository (<c>../shared</c>: the seed text and the real uSync and Delivery API
/// fixtures). A fresh clone has none of it, so a test that reads it skips with a one-line reason instead of failing.
/// </summary>
public static class SharedCorpus
{
    /// <summary>The parts a test may require; each is all there or not there at all.</summary>
    private static readonly string[] Parts = [RepositoryPaths.Seed, RepositoryPaths.USyncFixtures, RepositoryPaths.DeliveryApiFixtures];

    /// <summary>
    /// Skips the running test (a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>) when <paramref name="part"/> of
    /// the corpus is absent.
    /// </summary>
    /// <param name="part">One of <see cref="RepositoryPaths.Seed"/>, <see cref="RepositoryPaths.USyncFixtures"/> or <see cref="RepositoryPaths.DeliveryApiFixtures"/>.</param>
    public static void Require(string part)
    {
        // A whole part, never a file in it: a file missing from a corpus that is present must fail, not skip.
        if (!Parts.Contains(part, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{part}' is not a part of the shared corpus; pass one of: {string.Join(", ", Parts.Select(Describe))}.", nameof(part));
        }

        Skip.IfNot(Directory.Exists(part), $"needs {Describe(part)} (the shared corpus), absent here");
    }

    /// <summary>The part as the repository root sees it, e.g. <c>../shared/fixtures/usync</c>.</summary>
    private static string Describe(string part) => Path.GetRelativePath(RepositoryPaths.Root, part).Replace('\\', '/');
}
