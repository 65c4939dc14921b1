using System.Text;
using Diplomatic.Umbraco.ContentModel;
using Diplomatic.Umbraco.Importing;
using Diplomatic.Umbraco.Importing.Backoffice;
using Diplomatic.Umbraco.Installation;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.TemporaryFile;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using P = Diplomatic.Umbraco.ContentModel.PropertyAliases;

namespace Diplomatic.Umbraco.IntegrationTests.Support;

/// <summary>What saving a booklet with an uploaded manuscript answered.</summary>
/// <param name="Status">The save's status.</param>
/// <param name="Messages">The messages the save produced (what the Management API sends back in its notifications header).</param>
public sealed record UploadResult(ContentEditingOperationStatus Status, IReadOnlyList<EventMessage> Messages);

/// <summary>
/// Uploads a manuscript the way the backoffice does: the file becomes a temporary file, then the booklet is saved
/// through <c>IContentEditingService</c> with the upload value that names it.
/// </summary>
public static class ManuscriptUploads
{
    /// <summary>Creates an unpublished booklet under the magazine with only a name.</summary>
    public static Task<Guid> CreateBookletAsync(UmbracoSite site, string name) =>
        TestContent.CreateAsync(site, Guid.NewGuid(), DiplomaticContentModel.Booklet.Key, TestContent.Magazine, name, []);

    /// <summary>Creates an article by hand under a booklet (as an editor would, not from a manuscript).</summary>
    public static Task<Guid> CreateArticleAsync(UmbracoSite site, Guid booklet, string name) =>
        TestContent.CreateAsync(site, Guid.NewGuid(), DiplomaticContentModel.Article.Key, booklet, name, []);

    /// <summary>Creates a fact box with a given key under a booklet.</summary>
    public static Task<Guid> CreateFactBoxAsync(UmbracoSite site, Guid booklet, Guid key, string name) =>
        TestContent.CreateAsync(site, key, DiplomaticContentModel.FactBox.Key, booklet, name,
        [
            new PropertyValueModel { Alias = P.FactBox.Headline, Culture = "en-US", Value = name },
            new PropertyValueModel { Alias = P.FactBox.Statement, Culture = "en-US", Value = name },
        ]);

    /// <summary>Uploads <paramref name="text"/> as <paramref name="fileName"/> and saves the booklet with it (en-US).</summary>
    public static async Task<UploadResult> SaveAsync(UmbracoSite site, Guid booklet, string fileName, string text)
    {
        var temporary = Guid.NewGuid();
        var uploaded = await site.Get<ITemporaryFileService>().CreateAsync(new CreateTemporaryFileModel
        {
            Key = temporary,
            FileName = fileName,
            OpenReadStream = () => new MemoryStream(Encoding.UTF8.GetBytes(text)),
        });
        Assert.True(uploaded.Success, $"the temporary file was refused: {uploaded.Status}");

        var editing = site.Get<IContentEditingService>();
        var current = (await editing.GetAsync(booklet))!;
        var messages = site.Get<IEventMessagesFactory>().Get();
        var before = messages.GetAll().Count();
        var saved = await editing.UpdateAsync(
            booklet,
            new ContentUpdateModel
            {
                Variants = [new VariantModel { Culture = "en-US", Name = current.GetCultureName("en-US")! }],
                Properties = [new PropertyValueModel { Alias = P.Booklet.Manuscript, Culture = "en-US", Value = UploadValue(temporary) }],
            },
            Constants.Security.SuperUserKey);
        return new UploadResult(saved.Status, messages.GetAll().Skip(before).ToList());
    }

    /// <summary>
    /// The upload field's value as the backoffice sends it for a new file: the temporary file and a blob URL as
    /// <c>src</c> (without a <c>src</c>, Umbraco takes the value for "remove the file" and clears it).
    /// </summary>
    public static System.Text.Json.Nodes.JsonObject UploadValue(Guid temporaryFile) =>
        new() { ["src"] = $"blob:https://localhost/{Guid.NewGuid()}", ["temporaryFileId"] = temporaryFile.ToString() };

    /// <summary>The booklet's children, in their order, as the site holds them.</summary>
    public static IReadOnlyList<IContent> Children(UmbracoSite site, Guid booklet)
    {
        var content = site.Get<IContentService>();
        var id = content.GetById(booklet)!.Id;
        return content.GetPagedChildren(id, 0, 1000, out _, propertyAliases: null, filter: null, ordering: null).OrderBy(c => c.SortOrder).ToList();
    }

    /// <summary>The parts the importer makes of a manuscript for a booklet (the oracle: the unit-tested reader and mapper).</summary>
    public static IReadOnlyList<ContentNode> Parts(Guid booklet, string fileName, string text)
    {
        var draft = new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName);
        draft.Culture = "en-US";
        draft.ExplicitSlug = ManuscriptImportHandler.SlugOf(booklet);
        return BookletContentMapper.Booklet(draft).Children;
    }

    /// <summary>A small manuscript: two articles, a fact box and an event; <paramref name="secondBody"/> changes the second article.</summary>
    public static string Manuscript(string secondBody = "The second article's body, short.") => $$"""
        ---
        title: Manuscript Booklet
        countries: [Pakistan, Azerbaijan]
        topics: [trade]
        ---

        # The first article

        Standfirst: The first article's lead.

        {{string.Join(" ", Enumerable.Repeat("Word", 500))}}

        ```factbox
        headline: A manuscript fact
        statement: Trade grew in the year the manuscript describes.
        ```

        # The second article

        {{secondBody}}

        ```event
        title: A manuscript event
        date: 2001
        type: Other
        summary: Something happened in 2001.
        ```
        """;
}
