using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Installation;
using Diplomatic.Umbraco.Installation.Migrations;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using T = Diplomatic.Umbraco.ContentModel.DocumentTypeAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>A site booted three times: fresh, again unchanged, and after it was made to look like an older install.</summary>
[CollectionDefinition(Name)]
public sealed class RebootedSiteCollection : ICollectionFixture<RebootedSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "rebooted site";
}

/// <summary>
/// Boots a fresh site, stops it, boots it again, then (stopped) gives it an older schema and the plan state of an
/// older plugin, and boots it a third time, the way a site upgrades the plugin. Snapshots of the database are taken
/// between the boots; the site stays up after the third boot.
/// </summary>
public sealed class RebootedSite : UmbracoSite
{
    /// <summary>The name the fact box type had "before the upgrade".</summary>
    public const string OldFactBoxName = "Fact (old plugin)";

    /// <summary>The name the fact box headline had "before the upgrade".</summary>
    public const string OldHeadlineName = "Headline (old plugin)";

    /// <summary>The key-value entry of the plugin's package migration state.</summary>
    public static readonly string PlanStateKey = Constants.Conventions.Migrations.KeyValuePrefix + DiplomaticPackageMigrationPlan.PlanName;

    /// <summary>After the first boot (installed and indexed), stopped.</summary>
    public DatabaseSnapshot AfterFirstBoot { get; private set; } = null!;

    /// <summary>After the second boot, stopped.</summary>
    public DatabaseSnapshot AfterSecondBoot { get; private set; } = null!;

    /// <summary>After the database was made to look like an older install, before the third boot.</summary>
    public DatabaseSnapshot BeforeUpgrade { get; private set; } = null!;

    /// <summary>After the third boot, with the site running.</summary>
    public DatabaseSnapshot AfterUpgrade { get; private set; } = null!;

    private Task? _drafts;
    private Task? _everyProperty;

    /// <summary>
    /// Adds the drafts of <see cref="TestContent.DraftsBookletTree"/> once (on first use): a never-published article, a
    /// published article with an unpublished change and an unpublished article, all indexed.
    /// </summary>
    public Task EnsureDraftsAsync() => _drafts ??= AddDraftsAsync();

    /// <summary>
    /// Adds (once) an item of every type with every property set through <c>IContentEditingService</c> in the editor
    /// form the backoffice sends (<see cref="EditorSamples"/>), published; the magazine root is updated the same way.
    /// </summary>
    public Task EnsureEveryPropertyAsync() => _everyProperty ??= AddEveryPropertyAsync();

    /// <summary>Adds Urdu (Pakistan) as a second language, once: Umbraco then validates every save in both.</summary>
    public async Task EnsureUrduAsync()
    {
        var languages = Get<ILanguageService>();
        if (await languages.GetAsync("ur-PK") is null)
        {
            var created = await languages.CreateAsync(new global::Umbraco.Cms.Core.Models.Language("ur-PK", "Urdu (Pakistan)"), Constants.Security.SuperUserKey);
            if (!created.Success)
            {
                throw new InvalidOperationException($"ur-PK was refused: {created.Status}");
            }
        }
    }

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await BootAsync();
        await StopAsync();
        AfterFirstBoot = DatabaseSnapshot.Of(this);

        await BootAsync();
        await StopAsync();
        AfterSecondBoot = DatabaseSnapshot.Of(this);

        // An older plugin: another schema version and plan state, and two names the new model changed.
        DatabaseSnapshot.Execute(this, "UPDATE umbracoKeyValue SET value = 'old-plugin' WHERE key IN ($plan, $schema)",
            ("$plan", PlanStateKey), ("$schema", SchemaInstaller.VersionKey));
        DatabaseSnapshot.Execute(this, "UPDATE umbracoNode SET text = $name WHERE lower(uniqueId) = $key",
            ("$name", OldFactBoxName), ("$key", DiplomaticContentModel.FactBox.Key.ToString()));
        DatabaseSnapshot.Execute(this, "UPDATE cmsPropertyType SET Name = $name WHERE lower(UniqueID) = $key",
            ("$name", OldHeadlineName), ("$key", DiplomaticContentModel.FactBox.Property(ContentModel.PropertyAliases.FactBox.Headline).Key.ToString()));
        BeforeUpgrade = DatabaseSnapshot.Of(this);

        await BootAsync();
        AfterUpgrade = DatabaseSnapshot.Of(this);
    }

    private async Task AddDraftsAsync()
    {
        var installer = Get<IContentInstaller>();
        var magazine = new ContentInstallRequest { ParentKey = TestContent.Magazine, Publish = true };
        Check(await installer.InstallAsync([TestContent.DraftsBookletTree()], magazine), "the drafts booklet");
        var booklet = new ContentInstallRequest { ParentKey = TestContent.DraftsBooklet, Mode = ContentInstallMode.CreateOrUpdate };
        Check(await installer.InstallAsync([TestContent.Article(TestContent.NeverPublishedArticle, "Never published article")], booklet), "the never-published article");
        Check(await installer.InstallAsync([TestContent.Article(TestContent.ChangedArticle, TestContent.ChangedArticleDraftName)], booklet), "the change");
        var unpublished = await Get<IContentPublishingService>().UnpublishAsync(
            TestContent.UnpublishedArticle, new HashSet<string> { "en-US" }, Constants.Security.SuperUserKey);
        if (!unpublished.Success)
        {
            throw new InvalidOperationException("The article was not unpublished: " + unpublished.Result);
        }

        // Published: the booklet and the changed article; drafts: all four.
        await WaitForAsync($"content?filter=booklet:{TestContent.DraftsBooklet}&take=1", 1);
        await WaitForAsync($"content?filter=booklet:{TestContent.DraftsBooklet}&take=1", 3, preview: true);
    }

    private static void Check(ContentInstallResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} was not installed: {result.Error}");
        }
    }

    private async Task AddEveryPropertyAsync()
    {
        // The image the media pickers pick: media is set up directly, it is not what is tested.
        var media = Get<IMediaService>();
        var image = media.CreateMedia("Sample image", Constants.System.Root, Constants.Conventions.MediaTypes.Image);
        image.Key = TestContent.SampleImage;
        image.SetValue(Constants.Conventions.Media.File, """{"src":"/media/sample/pixel.png","crops":[]}""");
        image.SetValue(Constants.Conventions.Media.Width, 1);
        image.SetValue(Constants.Conventions.Media.Height, 1);
        image.SetValue(Constants.Conventions.Media.Bytes, 68);
        image.SetValue(Constants.Conventions.Media.Extension, "png");
        if (!media.Save(image).Success)
        {
            throw new InvalidOperationException("The sample image was not saved.");
        }

        var items = TestContent.EveryPropertyItems;
        await CreateAsync(T.Author, TestContent.AuthorsFolder, "Sample Author");
        await CreateAsync(T.Booklet, TestContent.Magazine, "Sample Booklet");
        await CreateAsync(T.FactBox, items[T.Booklet], "Sample Fact");
        await CreateAsync(T.Article, items[T.Booklet], "Sample Article");
        await CreateAsync(T.Event, items[T.Booklet], "Sample Event");

        var magazine = await Get<IContentEditingService>().GetAsync(TestContent.Magazine)
            ?? throw new InvalidOperationException("The magazine is missing.");
        var updated = await Get<IContentEditingService>().UpdateAsync(
            TestContent.Magazine,
            new ContentUpdateModel { Variants = [new VariantModel { Culture = "en-US", Name = magazine.GetCultureName("en-US")! }], Properties = EveryValue(T.Magazine) },
            Constants.Security.SuperUserKey);
        TestContent.AssertSaved(updated.Success, updated.Status, updated.Result.ValidationResult);
        await TestContent.PublishAsync(this, TestContent.Magazine);
    }

    private async Task CreateAsync(string contentType, Guid parent, string name)
    {
        var key = TestContent.EveryPropertyItems[contentType];
        await TestContent.CreateAsync(this, key, DiplomaticContentModel.DocumentType(contentType).Key, parent, name, EveryValue(contentType));
        await TestContent.PublishAsync(this, key);
    }

    private static List<PropertyValueModel> EveryValue(string contentType)
    {
        var refs = TestContent.EveryPropertyReferences(contentType);
        return DiplomaticContentModel.AllProperties(DiplomaticContentModel.DocumentType(contentType))
            .Where(p => !EditorSamples.NotWritten.ContainsKey(p.Alias))
            .Select(p => new PropertyValueModel { Alias = p.Alias, Value = EditorSamples.For(p, refs).EditorValue, Culture = p.VariesByCulture ? "en-US" : null })
            .ToList();
    }

}
