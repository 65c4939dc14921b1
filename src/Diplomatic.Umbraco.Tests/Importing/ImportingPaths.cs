using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Importing;

internal static class ImportingPaths
{
    public static string FirstBooklet => Path.Combine(RepositoryPaths.Root, Diplomatic.Umbraco.Cli.Generation.Projections.FirstBookletManuscript);
}
