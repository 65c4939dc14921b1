namespace Diplomatic.Umbraco.Tests.Support;

/// <summary>Finds the repository's folders (and the shared reference material beside it) from the test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding <c>Diplomatic.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed <c>uSync/v17</c> folder.</summary>
    public static string USyncV17 => Path.Combine(Root, "uSync", "v17");

    /// <summary>The shared reference material (<c>../shared</c> beside the repository).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The seed texts the booklets are written from.</summary>
    public static string Seed => Path.Combine(Shared, "seed");

    /// <summary>The seed text of the first booklet.</summary>
    public static string SeedBooklet => Path.Combine(Seed, "azerbaijan-pakistan-relations.txt");

    /// <summary>The real uSync 17 fixtures.</summary>
    public static string USyncFixtures => Path.Combine(Shared, "fixtures", "usync");

    /// <summary>The real Delivery API responses.</summary>
    public static string DeliveryApiFixtures => Path.Combine(Shared, "fixtures", "delivery-api");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Diplomatic.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Diplomatic.sln above {AppContext.BaseDirectory}.");
    }
}
