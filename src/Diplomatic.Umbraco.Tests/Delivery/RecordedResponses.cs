using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Tests.Importing;
using Diplomatic.Umbraco.Tests.Support;

namespace Diplomatic.Umbraco.Tests.Delivery;

/// <summary>
/// The recorded Delivery API responses (<c>samples/Diplomatic.Magazine/Recorded</c>): what a real Umbraco 17 site with
/// the plugin answers to the requests of their <c>manifest.json</c>, recorded by the integration tests'
/// <c>ResponseRecorder</c> (which also checks they have not drifted). The magazine's demo mode ships them.
/// </summary>
internal static class RecordedResponses
{
    /// <summary>
    /// Whether picked items (pickers, shallow or expanded) carry <c>cultures</c>. Umbraco prints them as
    /// <c>ApiContent</c>, WITHOUT <c>cultures</c> (the real fixture 01's author picker has none, and so do the
    /// recordings), and the generated TypeScript types make <c>cultures</c> optional for that reason.
    /// <see cref="RecordedResponsesTests"/> checks the files follow this.
    /// </summary>
    public const bool PickedItemsCarryCultures = false;

    /// <summary>The folder the files are committed in.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "samples", "Diplomatic.Magazine", "Recorded");

    /// <summary>The tree of the shipped first booklet (the content the recordings hold).</summary>
    public static ContentNode ReadTree() =>
        BookletContentMapper.ToTree(new ManuscriptReader(new ImportingOptions()).ReadFile(ImportingPaths.FirstBooklet));
}
