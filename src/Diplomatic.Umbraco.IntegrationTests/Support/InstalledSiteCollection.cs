using Diplomatic.Umbraco.Installation;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>One default site with the plugin, booted once for every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class InstalledSiteCollection : ICollectionFixture<InstalledSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "installed site";
}

/// <summary>A fresh site after the plugin installed itself, plus <see cref="TestContent.SecondBookletTree"/>, published and indexed.</summary>
public sealed class InstalledSite : UmbracoSite
{
    /// <summary>The responses to the recorded requests (see <see cref="ResponseRecorder"/>), answered before the test booklet was added.</summary>
    public IReadOnlyDictionary<string, string> Recorded { get; private set; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // The plugin's migration rebuilds the Delivery API index in the background: wait for the seed in it.
        await WaitForAsync($"content?filter=booklet:{TestContent.FirstBooklet}&take=1", TestContent.Published().Count(i => i.Booklet == TestContent.FirstBooklet));

        // The recorded responses are of a site that holds only what the plugin installs.
        Recorded = await ResponseRecorder.RecordAsync(this);
        var result = await Get<IContentInstaller>().InstallAsync(
            [TestContent.SecondBookletTree()],
            new ContentInstallRequest { ParentKey = TestContent.Magazine, Publish = true });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The test booklet was not installed: " + result.Error);
        }

        // Queries read the Examine index, which catches up a moment after a publish.
        await WaitForAsync($"content?filter=booklet:{TestContent.SecondBooklet}&take=1", 5);
    }
}
